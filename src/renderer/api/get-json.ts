// The typed GET client: a route of the contract in, that route's response type out.
import type { ApiRoutes, ErrorResponse } from '../../shared/api-contract.ts';
import { ApiError } from './api-error.ts';

export type ApiRoute = keyof ApiRoutes;

/** The `:name` segments of a route pattern, e.g. "id" for '/api/panels/:id/posts'. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<P extends string> = Record<ParamNames<P>, string>;

interface BaseOptions {
  query?: Record<string, string | number>;
  signal?: AbortSignal;
}

/** Routes with `:params` require them; the others take none. */
export type GetOptions<P extends ApiRoute> = [ParamNames<P>] extends [never]
  ? [options?: BaseOptions]
  : [options: BaseOptions & { params: RouteParams<P> }];

export function buildUrl(route: string, params: Record<string, string> = {}, query: BaseOptions['query'] = {}): string {
  const path = route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route parameter "${name}" for ${route}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function getJson<P extends ApiRoute>(route: P, ...[options]: GetOptions<P>): Promise<ApiRoutes[P]> {
  const params = options && 'params' in options ? (options.params as Record<string, string>) : {};
  const url = buildUrl(route, params, options?.query);
  // Same-origin: the session cookie set when the panel URL was opened authenticates the call.
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    ...(options?.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
  return (await response.json()) as ApiRoutes[P];
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON (a proxy's error page): fall back to the status line.
  }
  return `${response.status} ${response.statusText}`.trim();
}
