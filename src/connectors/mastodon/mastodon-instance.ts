// One Mastodon instance as the connector sees it: its HTTP client (token optional), its error reading
// (a 401 names the instance: it is the one IT must fix), and the calls made to it in the current poll.
import { ConnectorError } from '../connector.ts';
import { HttpClient, type HttpAnswer, type RequestOptions } from '../shared/http-client.ts';
import type { MastodonInstanceOptions } from './mastodon-options.ts';

/** A 404 on a status: it was deleted (or never federated here). */
export class MastodonNotFound extends ConnectorError {}

function errorText(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string')
    return body.error.slice(0, 200);
  return undefined;
}

export class MastodonInstance {
  readonly url: string;
  readonly host: string;
  readonly token: string | undefined;
  readonly client: HttpClient;
  /** Calls made to this instance since the last reset (one poll). */
  calls = 0;

  constructor(options: MastodonInstanceOptions, now: () => number) {
    this.url = options.url.replace(/\/+$/, '');
    this.host = new URL(this.url).host;
    this.token = options.token;
    const host = this.host;
    const hasToken = this.token !== undefined;
    this.client = new HttpClient({
      baseUrl: this.url,
      networkLabel: `Mastodon (${host})`,
      now,
      ...(this.token ? { headers: { authorization: `Bearer ${this.token}` } } : {}),
      classify: (status, body) => {
        if (status === 404)
          return new MastodonNotFound('config', `Mastodon ${host} does not know what was asked (HTTP 404)`);
        if (status !== 401) return undefined;
        const said = errorText(body);
        const detail = said ? ` (${host} said: "${said}")` : '';
        return hasToken
          ? new ConnectorError('auth', `Mastodon ${host}: token expired — renew it in Settings${detail}`)
          : new ConnectorError(
              'auth',
              `Mastodon ${host} requires an access token — add one for this instance in Settings${detail}`,
            );
      },
    });
  }

  async get<T>(path: string, options: RequestOptions = {}): Promise<HttpAnswer<T>> {
    this.calls++;
    return this.client.getJson<T>(path, options);
  }
}
