// The connectors' HTTP client (axios): one base URL (overridable for proxies and the emulators), the
// network's rate-limit signals read on every answer, and failures turned into ConnectorErrors whose
// messages IT can act on. Authorization headers are never logged nor put in a message.
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ConnectorError } from '../connector.ts';
import { readRateLimit, type HeaderBag, type RateLimitState } from './rate-limit.ts';

export interface HttpClientOptions {
  /** e.g. https://graph.facebook.com/v23.0 — or the emulator's loopback URL. */
  baseUrl: string;
  /** Shown in messages: "Facebook answered 503". */
  networkLabel: string;
  /** Sent with every request (the token). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  now?: () => number;
  /**
   * The network's own reading of an error answer, tried before the generic one: Meta's code 190 in an
   * HTTP 400, Bluesky's ExpiredToken… Return undefined to fall back to the generic mapping.
   */
  classify?: (status: number, body: unknown) => ConnectorError | undefined;
}

export interface RequestOptions {
  params?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpAnswer<T> {
  status: number;
  data: T;
  headers: HeaderBag;
  rateLimit: RateLimitState;
}

/**
 * The largest answer (after decompression) and request body a connector handles: 5 MB. Networks' pages are
 * far smaller; the cap is for third-party RSS/Atom feeds, which may be anything (a mistaken link to a video,
 * a feed that never ends). Over it, the answer is cut off and the poll fails as 'invalid-response'.
 */
export const MAX_ANSWER_BYTES = 5 * 1024 * 1024;
const MAX_ANSWER_LABEL = '5 MB';

const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EPIPE',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

export class HttpClient {
  private readonly axios: AxiosInstance;
  private readonly now: () => number;
  /** The last rate-limit state the network reported. */
  lastRateLimit: RateLimitState = {};

  constructor(private readonly options: HttpClientOptions) {
    this.now = options.now ?? Date.now;
    this.axios = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs ?? 20_000,
      headers: { 'user-agent': 'social-wall', ...options.headers },
      // Every status comes back as an answer: this client decides what is an error.
      validateStatus: () => true,
      // Parsed here, so that a broken body is an 'invalid-response' and not a silent string.
      responseType: 'text',
      transformResponse: (data: unknown) => data,
      maxRedirects: 3,
      maxContentLength: MAX_ANSWER_BYTES,
      maxBodyLength: MAX_ANSWER_BYTES,
    });
  }

  /** GET returning parsed JSON. */
  async getJson<T = unknown>(path: string, options: RequestOptions = {}): Promise<HttpAnswer<T>> {
    return this.parseJson<T>(await this.send('GET', path, undefined, options));
  }

  /** POST a JSON body, returning parsed JSON. */
  async postJson<T = unknown>(path: string, body: unknown, options: RequestOptions = {}): Promise<HttpAnswer<T>> {
    return this.parseJson<T>(await this.send('POST', path, body, options));
  }

  /** GET returning the body as text (RSS/Atom). A 304 answers with an empty body. */
  async getText(path: string, options: RequestOptions = {}): Promise<HttpAnswer<string>> {
    const response = await this.send('GET', path, undefined, options);
    return this.answer(response, typeof response.data === 'string' ? response.data : '');
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<AxiosResponse<unknown>> {
    let response: AxiosResponse<unknown>;
    try {
      response = await this.axios.request({
        method,
        url: path,
        ...(options.params ? { params: options.params } : {}),
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(body !== undefined
          ? { data: JSON.stringify(body), headers: { 'content-type': 'application/json', ...options.headers } }
          : {}),
      });
    } catch (err) {
      throw this.transportError(err);
    }
    this.lastRateLimit = readRateLimit(response.headers as HeaderBag, this.now());
    if (response.status >= 400) throw this.statusError(response);
    return response;
  }

  private answer<T>(response: AxiosResponse<unknown>, data: T): HttpAnswer<T> {
    return { status: response.status, data, headers: response.headers as HeaderBag, rateLimit: this.lastRateLimit };
  }

  private parseJson<T>(response: AxiosResponse<unknown>): HttpAnswer<T> {
    const text = typeof response.data === 'string' ? response.data : '';
    if (response.status === 304 || text === '') return this.answer(response, undefined as T);
    try {
      return this.answer(response, JSON.parse(text) as T);
    } catch {
      throw new ConnectorError(
        'invalid-response',
        `${this.options.networkLabel} sent an answer that is not valid JSON (HTTP ${response.status}).`,
      );
    }
  }

  private transportError(err: unknown): ConnectorError {
    if (axios.isCancel(err))
      return new ConnectorError('network', `request to ${this.options.networkLabel} was cancelled`);
    const code = axios.isAxiosError(err) ? err.code : undefined;
    if (
      axios.isAxiosError(err) &&
      code === axios.AxiosError.ERR_BAD_RESPONSE &&
      err.message.includes('maxContentLength')
    ) {
      return new ConnectorError(
        'invalid-response',
        `the answer from ${this.hostOf(err.config?.url, err.config?.baseURL)} is larger than ${MAX_ANSWER_LABEL}`,
      );
    }
    if (code === 'ECONNABORTED' || code === 'ETIMEDOUT')
      return new ConnectorError('network', `${this.options.networkLabel} did not answer in time.`);
    if (code && TRANSIENT_CODES.has(code))
      return new ConnectorError(
        'network',
        `${this.options.networkLabel} is unreachable (${code}): check the network connection.`,
      );
    return new ConnectorError(
      'network',
      `${this.options.networkLabel} could not be reached: ${err instanceof Error ? err.message : String(err)}`,
    );
  }

  /** The host a request went to (an absolute URL, e.g. an RSS feed, or the base URL's); the network's name if unknown. */
  private hostOf(url: string | undefined, baseUrl: string | undefined): string {
    try {
      return new URL(url ?? '', baseUrl ?? this.options.baseUrl).host || this.options.networkLabel;
    } catch {
      return this.options.networkLabel;
    }
  }

  private statusError(response: AxiosResponse<unknown>): ConnectorError {
    const text = typeof response.data === 'string' ? response.data : '';
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the text: some networks answer errors in HTML or plain text.
    }
    const specific = this.options.classify?.(response.status, body);
    if (specific) return specific;
    const label = this.options.networkLabel;
    const status = response.status;
    if (status === 429) {
      const until = this.lastRateLimit.retryAt ?? this.lastRateLimit.resetAt;
      return new ConnectorError(
        'rate-limit',
        `${label} asked us to slow down (HTTP 429).`,
        until === undefined ? undefined : Math.max(0, until - this.now()),
      );
    }
    if (status === 401)
      return new ConnectorError('auth', `${label} refused the token (HTTP 401): renew it in Settings.`);
    if (status === 403)
      return new ConnectorError('config', `${label} refused access (HTTP 403): check the account's permissions.`);
    if (status === 404)
      return new ConnectorError(
        'config',
        `${label} does not know what was asked (HTTP 404): check the configured ids.`,
      );
    if (status >= 500) {
      // A server in maintenance may say when to come back (Retry-After): sooner or later than our schedule.
      const retryAt = this.lastRateLimit.retryAt;
      return new ConnectorError(
        'server',
        `${label} answered ${status}: the network is having trouble, the wall will retry.`,
        retryAt === undefined ? undefined : Math.max(0, retryAt - this.now()),
      );
    }
    return new ConnectorError('invalid-response', `${label} refused the request (HTTP ${status}).`);
  }
}
