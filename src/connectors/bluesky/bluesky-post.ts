// The parts of a Bluesky post view (app.bsky.feed.defs#postView) the wall reads.
import { z } from 'zod';

const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined);

const ImageViewSchema = z.object({
  thumb: z.string(),
  fullsize: z.string(),
  alt: opt(z.string()),
  aspectRatio: opt(z.object({ width: z.number(), height: z.number() })),
});

const EmbedViewSchema = z.looseObject({
  $type: z.string(),
  images: opt(z.array(ImageViewSchema)),
  playlist: opt(z.string()),
  thumbnail: opt(z.string()),
  alt: opt(z.string()),
  media: opt(z.looseObject({ $type: z.string(), images: opt(z.array(ImageViewSchema)) })),
});

const RefSchema = z.object({ uri: z.string() });

export const BlueskyPostViewSchema = z.object({
  uri: z.string().min(1),
  author: z.object({
    did: z.string().min(1),
    handle: z.string().min(1),
    displayName: opt(z.string()),
    avatar: opt(z.string()),
  }),
  record: z.looseObject({
    text: z.string().default(''),
    createdAt: z.string().min(1),
    langs: opt(z.array(z.string())),
    reply: opt(z.object({ parent: RefSchema, root: RefSchema })),
    facets: opt(z.array(z.object({ features: z.array(z.looseObject({ $type: z.string(), tag: opt(z.string()) })) }))),
  }),
  embed: opt(EmbedViewSchema),
  replyCount: z.number().int().nonnegative().default(0),
  repostCount: z.number().int().nonnegative().default(0),
  likeCount: z.number().int().nonnegative().default(0),
  indexedAt: opt(z.string()),
  labels: opt(z.array(z.object({ val: z.string() }))),
});

export type BlueskyPostView = z.output<typeof BlueskyPostViewSchema>;
