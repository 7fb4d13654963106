// X's error answers, read from the body (problem+json: title, detail, type). Only X's words reach IT,
// never the request's headers (the Bearer token).
import { ConnectorError } from '../connector.ts';

export const X_AUTH_MESSAGE = 'X token refused or expired — renew it in Settings';

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

/** X-specific readings tried before the HTTP client's generic ones; undefined = generic. */
export function classifyXError(status: number, body: unknown): ConnectorError | undefined {
  const title = field(body, 'title');
  const detail = field(body, 'detail') ?? title;
  if (status === 401) return new ConnectorError('auth', X_AUTH_MESSAGE);
  if (status === 402)
    return new ConnectorError(
      'config',
      `X says the account has no credits left (HTTP 402${detail ? `: ${detail}` : ''}): add credits in the X developer console`,
    );
  if (status === 403) {
    return new ConnectorError(
      'config',
      `X refused access (HTTP 403${detail ? `: ${detail}` : ''}): check that the app is in a project with access to this endpoint`,
    );
  }
  if (status === 400)
    return new ConnectorError(
      'config',
      `X refused the request (HTTP 400${detail ? `: ${detail}` : ''}): check the brand terms, hashtags and user id`,
    );
  return undefined;
}

/** For answers read outside the HTTP client (the stream): X's reading, then the generic one. */
export function xStatusError(
  status: number,
  body: unknown,
  resetAtMs: number | undefined,
  nowMs: number,
): ConnectorError {
  const specific = classifyXError(status, body);
  if (specific) return specific;
  if (status === 429) {
    return new ConnectorError(
      'rate-limit',
      `X asked us to slow down (HTTP 429${field(body, 'title') ? `: ${field(body, 'title')}` : ''}).`,
      resetAtMs === undefined ? undefined : Math.max(0, resetAtMs - nowMs),
    );
  }
  if (status >= 500)
    return new ConnectorError('server', `X answered ${status}: the network is having trouble, the wall will retry.`);
  return new ConnectorError('invalid-response', `X refused the request (HTTP ${status}).`);
}
