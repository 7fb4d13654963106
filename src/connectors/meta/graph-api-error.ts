// Meta's Graph API says what went wrong in its error body, not in the HTTP status: an expired token is
// code 190 in an HTTP 400, throttling is code 4/17/32/613 (or 80001–80014 for business use cases) in a
// 400 or 403, an unknown or deleted id is code 100 (subcode 33) or a bare 404.
import { ConnectorError, type ConnectorErrorKind } from '../connector.ts';

/** A ConnectorError that keeps the Graph code, so callers can tell "this id is gone" from other failures. */
export class GraphApiError extends ConnectorError {
  constructor(
    kind: ConnectorErrorKind,
    message: string,
    readonly status: number,
    readonly code: number | undefined,
    readonly subcode: number | undefined,
    retryAfterMs?: number,
  ) {
    super(kind, message, retryAfterMs);
  }

  /** The object no longer exists (deleted by its author): what the re-check of recent items looks for. */
  get objectGone(): boolean {
    return this.status === 404 || (this.code === 100 && this.subcode === 33);
  }
}

const THROTTLE_CODES = new Set([4, 17, 32, 613]);
/** When Meta gives no regain time, wait at least this long after a throttle answer. */
export const DEFAULT_THROTTLE_WAIT_MS = 5 * 60_000;

interface GraphErrorBody {
  message?: unknown;
  code?: unknown;
  error_subcode?: unknown;
}

function readError(body: unknown): GraphErrorBody | undefined {
  if (body === null || typeof body !== 'object' || !('error' in body)) return undefined;
  const error = body.error;
  return error !== null && typeof error === 'object' ? error : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The Graph API's own reading of an error answer. `retryAfterMs` is what the usage headers of the same
 * answer said (estimated_time_to_regain_access). Never puts the token or the request URL in the message.
 */
export function classifyGraphError(
  label: string,
  status: number,
  body: unknown,
  retryAfterMs: number | undefined,
): GraphApiError | undefined {
  const error = readError(body);
  const code = asNumber(error?.code);
  const subcode = asNumber(error?.error_subcode);
  const make = (kind: ConnectorErrorKind, message: string, retry?: number) =>
    new GraphApiError(kind, message, status, code, subcode, retry);
  if (code === 190 || code === 102) return make('auth', `${label}: token expired — renew it in Settings`);
  if (code !== undefined && (THROTTLE_CODES.has(code) || (code >= 80001 && code <= 80014))) {
    return make(
      'rate-limit',
      `${label} is throttling this app (Graph code ${code}): the wall slows down and retries.`,
      retryAfterMs ?? DEFAULT_THROTTLE_WAIT_MS,
    );
  }
  if (status === 429)
    return make('rate-limit', `${label} asked us to slow down (HTTP 429).`, retryAfterMs ?? DEFAULT_THROTTLE_WAIT_MS);
  if (code === 100 || status === 404)
    return make(
      'config',
      `${label} does not know an id it was asked for (Graph code ${code ?? status}): check the configured page or account id.`,
    );
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    return make(
      'config',
      `${label} refused a permission (Graph code ${code}): give the token the permissions listed in docs/connectors.md.`,
    );
  }
  if (status >= 500 || code === 1 || code === 2)
    return make('server', `${label} answered ${status}: the network is having trouble, the wall will retry.`);
  if (error)
    return make('invalid-response', `${label} refused the request (HTTP ${status}, Graph code ${code ?? 'none'}).`);
  return undefined;
}
