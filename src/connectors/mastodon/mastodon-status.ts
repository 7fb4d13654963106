// The parts of a Mastodon status (GET /api/v1/timelines/tag/:tag, /statuses/:id, streaming `update`) the
// wall reads. Lenient where Mastodon varies between versions, strict where a post cannot do without.
import { z } from 'zod';

const nullable = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined);

export const MastodonAccountSchema = z.object({
  id: z.string(),
  username: z.string().min(1),
  acct: z.string(),
  display_name: z.string().default(''),
  /** The profile URL on the account's home instance: gives its full user@host wherever it was fetched. */
  url: z.string().min(1),
  avatar: nullable(z.string()),
});

export const MastodonMediaSchema = z.object({
  type: z.string(),
  url: nullable(z.string()),
  preview_url: nullable(z.string()),
  description: nullable(z.string()),
  meta: nullable(
    z.object({ original: nullable(z.object({ width: nullable(z.number()), height: nullable(z.number()) })) }),
  ),
});

const statusShape = {
  id: z.string().min(1),
  uri: z.string().min(1),
  url: nullable(z.string()),
  created_at: z.string().min(1),
  edited_at: nullable(z.string()),
  content: z.string().default(''),
  spoiler_text: z.string().default(''),
  sensitive: z.boolean().default(false),
  language: nullable(z.string()),
  in_reply_to_id: nullable(z.string()),
  account: MastodonAccountSchema,
  media_attachments: z.array(MastodonMediaSchema).default([]),
  tags: z.array(z.object({ name: z.string() })).default([]),
  /** The accounts a status names; a reply names the account it answers (Mastodon adds it). */
  mentions: z
    .array(z.object({ acct: z.string(), username: z.string().default(''), url: z.string().default('') }))
    .default([]),
  replies_count: z.number().int().nonnegative().default(0),
  reblogs_count: z.number().int().nonnegative().default(0),
  favourites_count: z.number().int().nonnegative().default(0),
};

const BaseStatusSchema = z.object(statusShape);
export type MastodonBaseStatus = z.output<typeof BaseStatusSchema>;

/** A status; a boost (reblog) carries the original status, which is what the wall shows. */
export const MastodonStatusSchema = z.object({ ...statusShape, reblog: nullable(BaseStatusSchema) });
export type MastodonStatus = z.output<typeof MastodonStatusSchema>;

/** The status whose content the wall shows: the original for a boost. */
export function shownStatus(status: MastodonStatus): MastodonBaseStatus {
  return status.reblog ?? status;
}
