// The shapes X API v2 answers with (only the fields the wall reads). A page is read leniently: each
// post is checked on its own, so one unreadable post is skipped and counted instead of losing the page.
import { z } from 'zod';

/** X ids exceed Number.MAX_SAFE_INTEGER: they stay strings, always. */
const IdSchema = z.string().regex(/^\d{1,25}$/);

export const XTweetSchema = z.object({
  id: IdSchema,
  text: z.string(),
  author_id: IdSchema,
  created_at: z.string(),
  lang: z.string().optional(),
  conversation_id: IdSchema.optional(),
  edit_history_tweet_ids: z.array(IdSchema).min(1).optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: IdSchema })).optional(),
  public_metrics: z
    .object({
      retweet_count: z.number().int().nonnegative().optional(),
      reply_count: z.number().int().nonnegative().optional(),
      like_count: z.number().int().nonnegative().optional(),
      quote_count: z.number().int().nonnegative().optional(),
    })
    .optional(),
  attachments: z.object({ media_keys: z.array(z.string()).optional() }).optional(),
  entities: z
    .object({
      hashtags: z.array(z.object({ tag: z.string() })).optional(),
      mentions: z.array(z.object({ username: z.string() })).optional(),
      urls: z
        .array(z.object({ url: z.string(), expanded_url: z.string().optional(), display_url: z.string().optional() }))
        .optional(),
    })
    .optional(),
  possibly_sensitive: z.boolean().optional(),
});
export type XTweet = z.infer<typeof XTweetSchema>;

export const XUserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  name: z.string(),
  profile_image_url: z.string().optional(),
});
export type XUser = z.infer<typeof XUserSchema>;

export const XMediaSchema = z.object({
  media_key: z.string(),
  type: z.string(),
  url: z.string().optional(),
  preview_image_url: z.string().optional(),
  alt_text: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type XMedia = z.infer<typeof XMediaSchema>;

/** A partial error inside a 200 answer (a deleted post in a lookup: type …/resource-not-found). */
export const XPartialErrorSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  resource_id: z.string().optional(),
  value: z.string().optional(),
  resource_type: z.string().optional(),
});
export type XPartialError = z.infer<typeof XPartialErrorSchema>;

/** A page: items are kept unknown here and read one by one. */
export const XPageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z
    .object({
      users: z.array(z.unknown()).optional(),
      media: z.array(z.unknown()).optional(),
    })
    .optional(),
  meta: z
    .object({
      newest_id: IdSchema.optional(),
      oldest_id: IdSchema.optional(),
      result_count: z.number().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
  errors: z.array(XPartialErrorSchema).optional(),
});
export type XPage = z.infer<typeof XPageSchema>;

/** One line of the filtered stream. */
export const XStreamLineSchema = z.object({
  data: z.unknown(),
  includes: XPageSchema.shape.includes,
  matching_rules: z.array(z.object({ id: z.string(), tag: z.string().optional() })).optional(),
});

export const XRulesSchema = z.object({
  data: z.array(z.object({ id: z.string(), value: z.string(), tag: z.string().optional() })).optional(),
  meta: z.object({ result_count: z.number().optional() }).optional(),
  errors: z.array(XPartialErrorSchema).optional(),
});
export type XRules = z.infer<typeof XRulesSchema>;

export const RESOURCE_NOT_FOUND = 'https://api.twitter.com/2/problems/resource-not-found';

/** Users and media of a page's `includes`, readable ones only, by id / media key. */
export interface XIncludes {
  users: Map<string, XUser>;
  media: Map<string, XMedia>;
}

export function readIncludes(includes: XPage['includes']): XIncludes {
  const users = new Map<string, XUser>();
  const media = new Map<string, XMedia>();
  for (const raw of includes?.users ?? []) {
    const u = XUserSchema.safeParse(raw);
    if (u.success) users.set(u.data.id, u.data);
  }
  for (const raw of includes?.media ?? []) {
    const m = XMediaSchema.safeParse(raw);
    if (m.success) media.set(m.data.media_key, m.data);
  }
  return { users, media };
}
