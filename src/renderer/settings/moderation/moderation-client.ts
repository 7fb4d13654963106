// The moderation calls of the settings page: recent posts (hidden ones included), hide / restore one post,
// the audit log page by page (settings-request.ts: the CSRF header, the server's words on a refusal).
import type { AuditEntryView, AuditResponse, RecentPostsResponse } from '../../../shared/settings-contract.ts';
import { settingsCall as call } from '../settings-request.ts';

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
