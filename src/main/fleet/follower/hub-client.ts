// The store PC's HTTP client of its hub: the same JSON API the screens read, with the store's token as a
// Bearer (docs/fleet.md, "The hub ↔ store contract"). Every failure is a HubError with a kind the follower acts
// on: `revoked` (401: stop and ask for a new pairing), `unreachable` (no answer: keep showing, try again),
// `refused` (any other status), `bad-answer` (not the JSON the contract promises).
import type { ApiRoutes, ErrorResponse } from '../../../shared/api-contract.ts';

export type HubErrorKind = 'revoked' | 'unreachable' | 'refused' | 'bad-answer';

export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    readonly kind: HubErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface HubClientOptions {
  /** The hub's address, e.g. https://hub.example.com (a path prefix is kept). */
  hub: string;
  /** The store token from the pairing; absent only to pair. */
  token?: string;
  /** This application's version, sent to the hub (it shows every PC's version). */
  version: string;
  /** One JSON request, at most (default 15 s). */
  timeoutMs?: number;
}

/** A route's path as sent: its `:id` filled in, maybe a query. */
type Filled<P extends string> = P extends `${infer A}:id${infer B}` ? `${A}${string}${B}` : P;
type RoutePath<P extends string> = Filled<P> | `${Filled<P>}?${string}`;

export class HubClient {
  readonly base: URL;

  constructor(private readonly options: HubClientOptions) {
    this.base = new URL(options.hub.endsWith('/') ? options.hub : `${options.hub}/`);
  }

  /** An address on the hub, from a path of its API (`/api/panels`). */
  url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-social-wall-version': this.options.version,
      ...(this.options.token !== undefined ? { authorization: `Bearer ${this.options.token}` } : {}),
      ...extra,
    };
  }

  /** A typed GET of the contract's JSON routes. @throws HubError */
  async get<P extends keyof ApiRoutes>(_route: P, path: RoutePath<P>, signal?: AbortSignal): Promise<ApiRoutes[P]> {
    return (await this.request(path, { method: 'GET' }, signal)) as ApiRoutes[P];
  }

  /** POST with a JSON body (the pairing). @throws HubError */
  async post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    return this.request(path, { method: 'POST', body: JSON.stringify(body) }, signal);
  }

  /** An open response whose body the caller reads (the event stream). @throws HubError */
  async open(path: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const response = await this.fetch(path, { method: 'GET', headers: this.headers(headers) }, signal);
    if (!response.ok) throw await refusal(response);
    return response;
  }

  private async request(path: string, init: RequestInit, outer?: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 15_000);
    const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
    const headers = this.headers(init.body !== undefined ? { 'content-type': 'application/json' } : {});
    const response = await this.fetch(path, { ...init, headers }, signal);
    if (!response.ok) throw await refusal(response);
    try {
      return await response.json();
    } catch {
      throw new HubError('bad-answer', `The hub's answer to ${path} is not JSON.`, response.status);
    }
  }

  private async fetch(path: string, init: RequestInit, signal: AbortSignal): Promise<Response> {
    try {
      return await fetch(this.url(path), { ...init, signal, redirect: 'error' });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      throw new HubError('unreachable', `The hub ${this.base.origin} does not answer (${cause}).`);
    }
  }
}

async function refusal(response: Response): Promise<HubError> {
  let said = '';
  try {
    said = ((await response.json()) as Partial<ErrorResponse>).error ?? '';
  } catch {
    // Not the contract's error body: the status says enough.
  }
  const message = said || `The hub answered ${response.status}.`;
  return new HubError(response.status === 401 ? 'revoked' : 'refused', message, response.status);
}
