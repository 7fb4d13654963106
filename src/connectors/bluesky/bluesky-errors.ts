// Bluesky's error bodies ({"error":"ExpiredToken","message":"…"}) read into ConnectorErrors: an expired
// access token (HTTP 400!) is something the session refreshes; a refused app password is for IT to fix.
import { ConnectorError } from '../connector.ts';

export const BLUESKY_AUTH_MESSAGE = 'Bluesky: token expired — renew it in Settings (create a new app password)';

/** The access or refresh token is expired or revoked: refreshable (access) or not (refresh). */
export class BlueskyTokenExpired extends ConnectorError {}

function errorName(body: unknown): string | undefined {
  return body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : undefined;
}

export function classifyBlueskyError(status: number, body: unknown): ConnectorError | undefined {
  const name = errorName(body);
  if (name === 'ExpiredToken' || name === 'InvalidToken') return new BlueskyTokenExpired('auth', BLUESKY_AUTH_MESSAGE);
  if (status === 401 || name === 'AuthenticationRequired' || name === 'AccountTakedown')
    return new ConnectorError('auth', BLUESKY_AUTH_MESSAGE);
  if (status === 400 && name === 'BadQueryString')
    return new ConnectorError('config', 'Bluesky refused a search query: check the queries in Settings');
  return undefined;
}
