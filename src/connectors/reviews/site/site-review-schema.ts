// What the company's site sends (webhook body, or a JSON feed): one review or an array of them. Documented
// in docs/connectors.md ("The company's own site"). A review may be withdrawn with { id, deleted: true }.
import { z } from 'zod';

const Instant = z.iso.datetime({
  offset: true,
  message: 'an ISO 8601 date with its offset, e.g. 2026-03-10T09:00:00Z',
});
const HttpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\//i, 'an http(s) URL');

export const SiteReviewIdSchema = z.string().regex(/^\S{1,200}$/, '1–200 characters without spaces');

export const SiteReviewSchema = z.object({
  id: SiteReviewIdSchema,
  author: z.object({ name: z.string().trim().min(1).max(300), avatarUrl: HttpUrl.optional() }),
  text: z.string().max(20_000),
  rating: z.number().min(1).max(5),
  createdAt: Instant,
  updatedAt: Instant.optional(),
  url: HttpUrl.optional(),
  lang: z.string().max(20).optional(),
  reply: z
    .object({ text: z.string().min(1).max(20_000), createdAt: Instant, updatedAt: Instant.optional() })
    .optional(),
  project: z.string().trim().min(1).max(200).optional(),
  product: z.string().trim().min(1).max(200).optional(),
});
export type SiteReview = z.infer<typeof SiteReviewSchema>;

export const SiteDeletionSchema = z.object({ id: SiteReviewIdSchema, deleted: z.literal(true) });
export type SiteDeletion = z.infer<typeof SiteDeletionSchema>;

export type SiteItem = { review: SiteReview } | { deletion: SiteDeletion };

/** Most reviews one request may carry; a larger batch is answered 413 (send it in parts). */
export const MAX_REVIEWS_PER_REQUEST = 500;

/** Reads one item; on failure, the first problem as "field: message" (prefixed by the item's index in an array). */
export function readSiteItem(
  raw: unknown,
  prefix: string,
): { ok: true; item: SiteItem } | { ok: false; error: string } {
  const isDeletion = typeof raw === 'object' && raw !== null && (raw as { deleted?: unknown }).deleted === true;
  const parsed = isDeletion ? SiteDeletionSchema.safeParse(raw) : SiteReviewSchema.safeParse(raw);
  if (parsed.success)
    return {
      ok: true,
      item: isDeletion ? { deletion: parsed.data as SiteDeletion } : { review: parsed.data as SiteReview },
    };
  const issue = parsed.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)]
    .filter((p) => p !== '')
    .join('.')
    .replace(/\.\[/g, '[');
  return { ok: false, error: `${path || '(review)'}: ${issue?.message ?? 'invalid'}` };
}
