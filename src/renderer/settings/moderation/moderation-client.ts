// The moderation calls of the settings page: recent posts (hidden ones included), hide / restore one post,
// the audit log page by page. Hide and restore change state: they carry the X-Social-Wall header the
// server's CSRF check asks for; the admin cookie authenticates them.
import type { ErrorResponse } from '../../../shared/api-contract.ts';
import type {
  AuditEntryView,
  AuditResponse,
  FieldErrorsResponse,
  RecentPostsResponse,
} from '../../../shared/settings-contract.ts';
import { ApiError } from '../../api/api-error.ts';

const CSRF_HEADER = 'X-Social-Wall';

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method === 'POST' ? { [CSRF_HEADER]: '1' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const parsed = (await response.json()) as Partial<ErrorResponse & FieldErrorsResponse>;
      if (typeof parsed.error === 'string') message = parsed.error;
      else if (Array.isArray(parsed.errors)) message = parsed.errors.map((e) => e.message).join('; ');
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

export const RECENT_LIMIT = 20;
export const AUDIT_PAGE = 20;

export function getRecentPosts(limit = RECENT_LIMIT): Promise<RecentPostsResponse> {
  return call('GET', `/api/settings/posts?limit=${limit}`);
}

export function getAudit(before?: number, limit = AUDIT_PAGE): Promise<AuditResponse> {
  return call('GET', `/api/settings/audit?limit=${limit}${before !== undefined ? `&before=${before}` : ''}`);
}

export function hidePost(key: string, why?: string): Promise<AuditEntryView> {
  const reason = why?.trim();
  return call('POST', `/api/settings/posts/${encodeURIComponent(key)}/hide`, reason ? { why: reason } : {});
}

export function restorePost(key: string): Promise<AuditEntryView> {
  return call('POST', `/api/settings/posts/${encodeURIComponent(key)}/restore`);
}
