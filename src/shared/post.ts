// The one normalised post every source maps onto (see shared/network-apis.md, "Normalised post").
// Validated at the connector boundary: whatever a connector produces goes through PostSchema before
// it reaches the store, the stream or a screen.
import { z } from 'zod';

export const NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'foursquare',
  'mastodon',
  'bluesky',
  'google',
  'trustpilot',
  'site',
  'web',
] as const;
export const NetworkSchema = z.enum(NETWORKS);
export type Network = z.infer<typeof NetworkSchema>;

export const POST_KINDS = ['post', 'comment', 'reply', 'mention', 'review', 'tip'] as const;
export const PostKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof PostKindSchema>;

export const POST_STATES = ['live', 'deleted', 'hidden'] as const;
export const PostStateSchema = z.enum(POST_STATES);
export type PostState = z.infer<typeof PostStateSchema>;

/** The largest values a post may carry; validation cuts longer ones (validate-candidates.ts) rather than refuse the post. */
export const POST_LIMITS = {
  url: 4096,
  authorId: 200,
  handle: 200,
  name: 300,
  text: 100_000,
  html: 200_000,
  lang: 20,
  media: 20,
  alt: 2000,
  tags: 100,
  tag: 200,
  contentWarning: 500,
} as const;

/** ISO-8601 instant with an offset, normalised to UTC on parse (`overwrite` keeps zod's fast path, a transform does not). */
const Instant = z.iso
  .datetime({ offset: true })
  // Overwrites run even after a failed check: leave an unreadable value for the check's message.
  .overwrite((s) => (s.endsWith('Z') || Number.isNaN(Date.parse(s)) ? s : new Date(s).toISOString()));

/** Only http(s) and site-relative URLs ever reach a screen: no javascript:, data: or file: URLs. */
export const SafeUrlSchema = z
  .string()
  .max(POST_LIMITS.url)
  .regex(/^(?:https?:\/\/|\/(?!\/))/i, 'must be an http(s) URL or a path on this server');

export const AuthorSchema = z.object({
  id: z.string().min(1).max(POST_LIMITS.authorId),
  handle: z.string().max(POST_LIMITS.handle).optional(),
  name: z.string().max(POST_LIMITS.name),
  avatarUrl: SafeUrlSchema.optional(),
  profileUrl: SafeUrlSchema.optional(),
  /** The brand's own account: its posts are the answers the wall measures. */
  isBrand: z.boolean(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const MediaSchema = z.object({
  type: z.enum(['image', 'video', 'gif']),
  url: SafeUrlSchema,
  previewUrl: SafeUrlSchema.optional(),
  alt: z.string().max(POST_LIMITS.alt).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const MetricsSchema = z.object({
  likes: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  reposts: z.number().int().nonnegative().optional(),
  asOf: Instant,
});

/** How long a source's terms let us keep its posts (Foursquare: not at all). */
export const CachePolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('persist') }),
  z.object({ mode: z.literal('memory') }),
  z.object({ mode: z.literal('ttl'), seconds: z.number().int().positive() }),
]);
export type CachePolicy = z.infer<typeof CachePolicySchema>;

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const SentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof SentimentSchema>;

/** What a customer wants with a post: an answer (question), a fix (complaint), to thank (praise), or none of these. */
export const INTENTS = ['question', 'complaint', 'praise', 'other'] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

/** What a complaint is about: the statistics' "what customers expect" (top themes of the week). */
export const COMPLAINT_THEMES = [
  'waiting',
  'price',
  'contact',
  'quality',
  'appointments',
  'parts',
  'staff',
  'other',
] as const;
export const ComplaintThemeSchema = z.enum(COMPLAINT_THEMES);
export type ComplaintTheme = z.infer<typeof ComplaintThemeSchema>;

const KEY_PATTERN = /^[a-z]+:[^\s]{1,400}$/;
export const PostKeySchema = z.string().regex(KEY_PATTERN, 'must look like "network:nativeId"');

export const PostSchema = z
  .object({
    /** `network:nativeId`: the dedupe key. */
    key: PostKeySchema,
    network: NetworkSchema,
    kind: PostKindSchema,
    /** Id of the configured source that produced it. */
    sourceId: z.string().min(1).max(100),
    url: SafeUrlSchema.optional(),
    parentKey: PostKeySchema.optional(),
    rootKey: PostKeySchema.optional(),
    author: AuthorSchema,
    /** Plain text, always rendered as text. */
    text: z.string().max(POST_LIMITS.text),
    /** Sanitised rich text where the network gives HTML (Mastodon). */
    html: z.string().max(POST_LIMITS.html).optional(),
    lang: z.string().max(POST_LIMITS.lang).optional(),
    media: z.array(MediaSchema).max(POST_LIMITS.media).default([]),
    hashtags: z.array(z.string().max(POST_LIMITS.tag)).max(POST_LIMITS.tags).default([]),
    mentions: z.array(z.string().max(POST_LIMITS.tag)).max(POST_LIMITS.tags).default([]),
    rating: z.number().min(1).max(5).optional(),
    metrics: MetricsSchema.optional(),
    createdAt: Instant,
    /**
     * Set by validation when the network's date could not be used — in the future (`future`) or unreadable
     * (`unreadable`) —, so `createdAt` is the time the post was fetched: the screens say "received".
     */
    datedAsFetched: z.enum(['future', 'unreadable']).optional(),
    editedAt: Instant.optional(),
    fetchedAt: Instant,
    state: PostStateSchema.default('live'),
    sensitive: z.boolean().default(false),
    /** Set by the engine's enrichment step (never by a connector): the tone of the text. */
    sentiment: SentimentSchema.optional(),
    /** Set by the engine's enrichment step (never by a connector): what the author wants (shared/calls-for-answer.ts). */
    intent: IntentSchema.optional(),
    /** Set by the enrichment step on a complaint (never by a connector): what it is about. */
    theme: ComplaintThemeSchema.optional(),
    contentWarning: z.string().max(POST_LIMITS.contentWarning).optional(),
    cachePolicy: CachePolicySchema.default({ mode: 'persist' }),
  })
  .refine((p) => p.key.startsWith(`${p.network}:`), {
    message: "key must start with the post's network",
    path: ['key'],
  });

/** A validated post, as stored and served. */
export type Post = z.output<typeof PostSchema>;
/** What a connector hands over before validation (defaults may be omitted). */
export type PostInput = z.input<typeof PostSchema>;

export function postKey(network: Network, nativeId: string): string {
  return `${network}:${nativeId}`;
}
