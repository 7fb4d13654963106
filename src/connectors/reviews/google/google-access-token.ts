// The Google access token the source uses, renewed with the refresh token (installed-app flow) when it
// expires: early when its lifetime is known, else on the first 401. One renewal at a time — concurrent
// callers share it — so a rotating refresh token is never spent twice. A refused renewal is an 'auth'
// error IT must act on; the tokens themselves never reach a message or a log.
import { ConnectorError } from '../../connector.ts';
import type { RenewedToken } from './google-saved-token.ts';

export interface GoogleTokenOptions {
  accessToken: string;
  refreshToken?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  tokenUrl: string;
  now: () => number;
  /** A token renewed by an earlier run (from the source's vault): used instead of the configured one. */
  restored?: RenewedToken | undefined;
  /** Called after each renewal, to keep the new token in the vault. */
  onRenewed?: (token: RenewedToken) => void;
}

export const GOOGLE_TOKEN_EXPIRED = 'Google: token expired — renew it in Settings';
/** Renew this long before the announced expiry, so that no request goes out with a dying token. */
const EARLY_MS = 60_000;

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
}

export class GoogleAccessToken {
  private token: string;
  private refreshToken: string | undefined;
  private expiresAt: number | undefined;
  private renewal: Promise<string> | undefined;
  /** How many renewals were made (health, tests). */
  renewals = 0;

  constructor(private readonly options: GoogleTokenOptions) {
    this.token = options.restored?.accessToken ?? options.accessToken;
    this.refreshToken = options.restored?.refreshToken ?? options.refreshToken;
    this.expiresAt = options.restored?.expiresAt;
  }

  get canRenew(): boolean {
    return this.refreshToken !== undefined && this.options.clientId !== undefined;
  }

  /** A token to use now: renewed first when it is about to expire. */
  async current(): Promise<string> {
    if (this.renewal) return this.renewal;
    if (this.canRenew && this.expiresAt !== undefined && this.options.now() >= this.expiresAt - EARLY_MS)
      return this.renew(this.token);
    return this.token;
  }

  /** The network refused `rejected`: renew once (callers that saw the same token share the renewal). */
  async renew(rejected: string): Promise<string> {
    if (this.renewal) return this.renewal;
    if (rejected !== this.token) return this.token;
    if (!this.canRenew) throw new ConnectorError('auth', GOOGLE_TOKEN_EXPIRED);
    this.renewal = this.requestToken().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async requestToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: this.refreshToken ?? '',
      client_id: this.options.clientId ?? '',
    });
    if (this.options.clientSecret) form.set('client_secret', this.options.clientSecret);
    let response: Response;
    try {
      response = await fetch(this.options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        signal: AbortSignal.timeout(20_000),
      });
    } catch {
      throw new ConnectorError('network', "Google's sign-in service is unreachable: the wall will retry.");
    }
    if (response.status >= 500)
      throw new ConnectorError('server', `Google's sign-in service answered ${response.status}: the wall will retry.`);
    // 400 invalid_grant (revoked, expired after 7 days in "testing" apps), 401 invalid_client…
    if (!response.ok) throw new ConnectorError('auth', GOOGLE_TOKEN_EXPIRED);
    let body: TokenAnswer;
    try {
      body = (await response.json()) as TokenAnswer;
    } catch {
      throw new ConnectorError('invalid-response', "Google's sign-in service sent an unreadable answer.");
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
      throw new ConnectorError('auth', GOOGLE_TOKEN_EXPIRED);
    this.token = body.access_token;
    if (typeof body.refresh_token === 'string' && body.refresh_token !== '') this.refreshToken = body.refresh_token;
    this.expiresAt = typeof body.expires_in === 'number' ? this.options.now() + body.expires_in * 1000 : undefined;
    this.renewals++;
    this.options.onRenewed?.({
      accessToken: this.token,
      expiresAt: this.expiresAt,
      ...(this.refreshToken !== this.options.refreshToken ? { refreshToken: this.refreshToken } : {}),
    });
    return this.token;
  }
}
