// The settings' moderation calls: hide or restore one post by a person, the audit log page by page, the
// recent posts (hidden ones included). Inputs are checked with zod; answers are values with a status.
import { z } from 'zod';
import { PostKeySchema, type Post } from '../../shared/post.ts';
import type { AuditEntryView, AuditResponse, RecentPostsResponse } from '../../shared/settings-contract.ts';
import type { AuditEntry, VisibilityChange } from '../store/store-api.ts';
import type { SettingsOutcome } from './settings-api.ts';

/** What the engine's ModerationDesk offers the settings. */
export interface PostModeration {
  hide(key: string, why?: string): Promise<VisibilityChange>;
  restore(key: string): Promise<VisibilityChange>;
  audit(limit: number, beforeId?: number): Promise<AuditEntry[]>;
  hiddenCount(): Promise<number>;
  recentPosts(limit: number): Promise<Post[]>;
}

const HideBodySchema = z
  .object({ why: z.string().trim().max(200, 'say why in 200 characters at most').optional() })
  .optional();
const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});
const RecentQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

const iso = (ms: number): string => new Date(ms).toISOString();

export function auditEntryView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    postKey: entry.postKey,
    network: entry.network,
    author: entry.author,
    excerpt: entry.excerpt,
    action: entry.action,
    why: entry.why,
    who: entry.who,
    at: iso(entry.atMs),
    ...(entry.restoredAtMs !== undefined ? { restoredAt: iso(entry.restoredAtMs) } : {}),
  };
}

function invalid(field: string, issues: z.core.$ZodIssue[]): SettingsOutcome<never> {
  return {
    status: 422,
    body: { errors: issues.map((i) => ({ field: [field, ...i.path.map(String)].join('.'), message: i.message })) },
  };
}

function changeOutcome(
  key: string,
  change: VisibilityChange,
  verb: 'hidden' | 'on the wall',
): SettingsOutcome<AuditEntryView> {
  if (change.kind === 'not-found')
    return {
      status: 404,
      body: { error: `No post "${key}" on the wall: it may have been deleted by its author or expired.` },
    };
  if (change.kind === 'unchanged') return { status: 409, body: { error: `The post "${key}" is already ${verb}.` } };
  return { status: 200, body: auditEntryView(change.entry) };
}

export async function hidePost(
  desk: PostModeration,
  rawKey: string,
  body: unknown,
): Promise<SettingsOutcome<AuditEntryView>> {
  const key = PostKeySchema.safeParse(rawKey);
  if (!key.success) return invalid('key', key.error.issues);
  const parsed = HideBodySchema.safeParse(body);
  if (!parsed.success) return invalid('body', parsed.error.issues);
  return changeOutcome(key.data, await desk.hide(key.data, parsed.data?.why), 'hidden');
}

export async function restorePost(desk: PostModeration, rawKey: string): Promise<SettingsOutcome<AuditEntryView>> {
  const key = PostKeySchema.safeParse(rawKey);
  if (!key.success) return invalid('key', key.error.issues);
  return changeOutcome(key.data, await desk.restore(key.data), 'on the wall');
}

export async function auditPage(
  desk: PostModeration,
  query: Record<string, string>,
): Promise<SettingsOutcome<AuditResponse>> {
  const parsed = AuditQuerySchema.safeParse(query);
  if (!parsed.success) return invalid('query', parsed.error.issues);
  const { limit, before } = parsed.data;
  // One more than asked tells whether an older page exists.
  const entries = await desk.audit(limit + 1, before);
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  return {
    status: 200,
    body: {
      entries: page.map(auditEntryView),
      hidden: await desk.hiddenCount(),
      ...(entries.length > limit && last ? { next: last.id } : {}),
    },
  };
}

export async function recentPosts(
  desk: PostModeration,
  query: Record<string, string>,
): Promise<SettingsOutcome<RecentPostsResponse>> {
  const parsed = RecentQuerySchema.safeParse(query);
  if (!parsed.success) return invalid('query', parsed.error.issues);
  return { status: 200, body: { posts: await desk.recentPosts(parsed.data.limit) } };
}
