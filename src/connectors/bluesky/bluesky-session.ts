// The app-password session: createSession → accessJwt (~2 h) + refreshJwt (~90 days, ROTATING: each
// refreshSession returns a new one and kills the old). Renewals are serialised: concurrent callers that
// met an expired access token all await the same renewal, so a rotated refresh token is never used twice.
import { ConnectorError } from '../connector.ts';
import type { HttpClient } from '../shared/http-client.ts';
import { BLUESKY_AUTH_MESSAGE, BlueskyTokenExpired } from './bluesky-errors.ts';

interface SessionAnswer {
  accessJwt?: unknown;
  refreshJwt?: unknown;
  did?: unknown;
}

export class BlueskySession {
  private access: string | undefined;
  private renewing: Promise<void> | undefined;
  /** Calls made to renew, for tests and health. */
  refreshes = 0;
  logins = 0;

  constructor(
    private readonly http: HttpClient,
    private readonly identifier: string,
    private readonly appPassword: string,
    /** The latest refresh token (from the source's vault) so that a restart needs no login. */
    private refresh: string | undefined,
    /** Called with each new refresh token (undefined: the old one is dead), to keep it in the vault. */
    private readonly onRotate: (refreshJwt: string | undefined) => void = () => {},
  ) {}

  get refreshJwt(): string | undefined {
    return this.refresh;
  }

  /** A refresh token from elsewhere (an old cursor being migrated): used and kept from now on. */
  adopt(refreshJwt: string): void {
    this.refresh = refreshJwt;
    this.onRotate(refreshJwt);
  }

  /** A usable access token, logging in or refreshing first when there is none. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    if (this.access === undefined) await this.renew(undefined, signal);
    if (this.access === undefined) throw new ConnectorError('auth', BLUESKY_AUTH_MESSAGE);
    return this.access;
  }

  /**
   * Renews the access token that `stale` was. If another caller already renewed it, returns at once;
   * if a renewal is under way, waits for that one.
   */
  async renew(stale: string | undefined, signal?: AbortSignal): Promise<void> {
    if (this.renewing) return this.renewing;
    if (stale !== undefined && this.access !== undefined && this.access !== stale) return;
    this.renewing = this.doRenew(signal).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async doRenew(signal?: AbortSignal): Promise<void> {
    this.access = undefined;
    if (this.refresh !== undefined) {
      try {
        this.refreshes++;
        const answer = await this.http.postJson<SessionAnswer>('/xrpc/com.atproto.server.refreshSession', undefined, {
          headers: { authorization: `Bearer ${this.refresh}` },
          ...(signal ? { signal } : {}),
        });
        this.take(answer.data);
        return;
      } catch (error) {
        // A dead refresh token (expired, revoked, or rotated by a run that did not persist the new one):
        // the app password can still open a new session.
        if (!(error instanceof ConnectorError) || error.kind !== 'auth') throw error;
        this.refresh = undefined;
        this.onRotate(undefined);
      }
    }
    this.logins++;
    try {
      const answer = await this.http.postJson<SessionAnswer>(
        '/xrpc/com.atproto.server.createSession',
        { identifier: this.identifier, password: this.appPassword },
        signal ? { signal } : {},
      );
      this.take(answer.data);
    } catch (error) {
      if (error instanceof BlueskyTokenExpired) throw new ConnectorError('auth', BLUESKY_AUTH_MESSAGE);
      throw error;
    }
  }

  private take(data: SessionAnswer | undefined): void {
    if (typeof data?.accessJwt !== 'string' || typeof data.refreshJwt !== 'string') {
      throw new ConnectorError('invalid-response', 'Bluesky sent a session without tokens');
    }
    this.access = data.accessJwt;
    this.refresh = data.refreshJwt;
    this.onRotate(data.refreshJwt);
  }
}
