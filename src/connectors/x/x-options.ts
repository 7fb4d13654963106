// The X source's options: what IT types in the settings window (forms are generated from this schema).
import { z } from 'zod';

export const X_API_BASE_URL = 'https://api.x.com';

export const XOptionsSchema = z.object({
  baseUrl: z.url().default(X_API_BASE_URL).describe('API address; change only for a proxy or the emulator.'),
  bearerToken: z
    .string()
    .min(20, 'paste the app\'s Bearer Token')
    .meta({ secret: true })
    .describe('App-only Bearer Token: developer.x.com → Projects & Apps → your app → Keys and tokens → Bearer Token.'),
  brandUserId: z
    .string()
    .regex(/^\d{1,25}$/, 'the numeric user id of the brand\'s account (GET /2/users/by/username/:handle)')
    .describe('Numeric id of the brand\'s X account: its mentions are read, its posts are shown as the brand\'s answers.'),
  brandHandle: z
    .string()
    .regex(/^@?\w{1,15}$/, 'an X handle such as @ateliernova')
    .transform((h) => h.replace(/^@/, ''))
    .describe('The brand\'s handle, without or with @.'),
  brandTerms: z.array(z.string().trim().min(1).max(100)).max(20).default([]).describe('Words or phrases people use for the brand ("atelier nova").'),
  hashtags: z
    .array(z.string().trim().regex(/^#?\w{1,100}$/, 'a hashtag such as #AtelierNova'))
    .max(20)
    .default([])
    .transform((tags) => tags.map((t) => t.replace(/^#/, '')))
    .describe('Hashtags to follow, without or with #.'),
  monthlyBudgetUsd: z.number().nonnegative().max(100_000).default(50).describe('Reading stops when the estimated spend of the month reaches this amount.'),
  costPerPostUsd: z.number().positive().max(1).default(0.005).describe('What X charges per post read (pay-per-use price).'),
  includeMentions: z.boolean().default(true).describe('Read the posts that mention the brand\'s account.'),
  includeBrandReplies: z.boolean().default(true).describe('Read the brand\'s own replies, shown under the posts they answer.'),
  /** Search pages allow 10–100 posts, the user timelines 5–100. */
  pageSize: z.number().int().min(10).max(100).default(100),
  /** Bounds one poll (and its cost) when a burst of posts arrives. */
  maxPagesPerPoll: z.number().int().min(1).max(50).default(5),
  /** The first sync reads one page only: the last 7 days would cost money for posts nobody sees. */
  firstSyncPages: z.number().int().min(1).max(10).default(1),
  /** X does not push deletes to a search: the recent posts are looked up again this often. */
  deleteRecheckMinutes: z.number().positive().max(24 * 60).default(15),
  /** How far back the delete re-check looks (and the most posts it looks up: one call, 100 ids). */
  deleteRecheckHours: z.number().positive().max(7 * 24).default(24),
  streamEnabled: z.boolean().default(false).describe('Also keep the filtered stream open (posts within seconds; needs a plan with stream access).'),
  /** X sends a keep-alive every 20 s: silence this long means the connection is dead. */
  streamKeepAliveTimeoutMs: z.number().int().positive().default(30_000),
});

export type XOptions = z.output<typeof XOptionsSchema>;
export type XOptionsInput = z.input<typeof XOptionsSchema>;
