// The Bluesky source's options: the account that searches (an app password), what to search, the brand.
import { z } from 'zod';

export const BlueskyOptionsSchema = z.object({
  /** The PDS or entryway that holds the session (bsky.social for most accounts); a proxy or emulator in tests. */
  baseUrl: z.url({ protocol: /^https?$/ }).default('https://bsky.social').describe('Base URL of the Bluesky service (https://bsky.social unless the account lives on another PDS)'),
  identifier: z.string().min(1, 'give the handle (or e-mail) of the account that searches').describe('Handle or e-mail of the Bluesky account used to search, e.g. ateliernova.bsky.social'),
  appPassword: z
    .string()
    .min(1, 'give an app password')
    .meta({ secret: true })
    .describe('An app password of that account: bsky.app → Settings → Privacy and security → App passwords → Add. Never the account password.'),
  /** Search queries (app.bsky.feed.searchPosts syntax): a hashtag, a name, a phrase. */
  queries: z.array(z.string().min(1).max(300)).min(1, 'give at least one search').max(10),
  /** The brand's own handle: its posts are the answers, threaded under the customer's post. */
  brandHandle: z.string().regex(/^@?[a-z0-9.-]+$/i, 'write a handle like ateliernova.bsky.social').transform((h) => h.replace(/^@/, '').toLowerCase()).optional(),
  /** A first sync reads back this far. */
  backfillHours: z.number().positive().max(168).default(24),
  /** Re-read this much before the time high-water mark: the search index is late at times. */
  overlapSeconds: z.number().int().min(0).max(3600).default(120),
  maxPages: z.number().int().min(1).max(20).default(5),
  /** Threads read per poll, for customer posts whose reply count grew (the brand's answers). */
  threadChecks: z.number().int().min(0).max(25).default(5),
  /** Every Nth poll, recent posts are re-checked (app.bsky.feed.getPosts): those gone leave the wall. */
  recheckEveryPolls: z.number().int().min(1).max(1000).default(5),
  recheckCount: z.number().int().min(0).max(25).default(25),
  recentLimit: z.number().int().min(1).max(500).default(100),
});

export type BlueskyOptions = z.output<typeof BlueskyOptionsSchema>;
