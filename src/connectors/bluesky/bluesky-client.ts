// Authenticated XRPC queries: the session's access token on each call; an ExpiredToken answer renews the
// session (one renewal for all callers) and retries the call once.
import type { HttpAnswer, HttpClient } from '../shared/http-client.ts';
import { ConnectorError } from '../connector.ts';
import { BLUESKY_AUTH_MESSAGE, BlueskyTokenExpired } from './bluesky-errors.ts';
import type { BlueskySession } from './bluesky-session.ts';

export class BlueskyClient {
  calls = 0;

  constructor(
    readonly http: HttpClient,
    readonly session: BlueskySession,
  ) {}

  /** GET /xrpc/{method}; `query` is a ready query string when a parameter repeats (getPosts?uris=…&uris=…). */
  async query<T>(
    method: string,
    params: Record<string, string | number | undefined> | string,
    signal?: AbortSignal,
  ): Promise<HttpAnswer<T>> {
    const path = typeof params === 'string' ? `/xrpc/${method}?${params}` : `/xrpc/${method}`;
    const send = async (token: string) => {
      this.calls++;
      return this.http.getJson<T>(path, {
        headers: { authorization: `Bearer ${token}` },
        ...(typeof params === 'string' ? {} : { params }),
        ...(signal ? { signal } : {}),
      });
    };
    const token = await this.session.accessToken(signal);
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof BlueskyTokenExpired)) throw error;
      await this.session.renew(token, signal);
      try {
        return await send(await this.session.accessToken(signal));
      } catch (again) {
        if (again instanceof BlueskyTokenExpired) throw new ConnectorError('auth', BLUESKY_AUTH_MESSAGE);
        throw again;
      }
    }
  }
}
