// The two PIN calls of the settings page: unlock (open without the admin credential, rate limited by the
// server) and choose (admin). Answers are values the prompts turn into words.
import { CSRF_HEADER } from '../settings-request.ts';

export type PinAnswer =
  | { kind: 'ok' }
  | { kind: 'wrong' }
  | { kind: 'locked'; retryAfterSeconds: number }
  | { kind: 'no-pin' }
  | { kind: 'refused' }
  | { kind: 'failed'; message: string };

export async function postPin(path: '/api/settings/unlock' | '/api/settings/pin', pin: string): Promise<PinAnswer> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ pin }),
    });
  } catch (err) {
    return { kind: 'failed', message: (err as Error).message };
  }
  if (response.ok) return { kind: 'ok' };
  if (response.status === 422) return { kind: 'wrong' };
  if (response.status === 429)
    return { kind: 'locked', retryAfterSeconds: Number(response.headers.get('retry-after')) || 1 };
  if (response.status === 409) return { kind: 'no-pin' };
  if (response.status === 401 || response.status === 403) return { kind: 'refused' };
  return { kind: 'failed', message: `${response.status} ${response.statusText}`.trim() };
}

export const PIN_PATTERN = /^\d{4,12}$/;
