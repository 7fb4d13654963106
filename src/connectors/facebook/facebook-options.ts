// The Facebook Page source's options, as IT sets them in Settings.
import { z } from 'zod';
import { DEFAULT_GRAPH_BASE_URL } from '../meta/graph-client.ts';

export const FacebookOptionsSchema = z.object({
  pageId: z
    .string()
    .regex(/^\d{1,30}$/, 'the numeric Page id (Page → About → Page transparency, or Meta Business Suite → Settings)')
    .describe('The numeric id of the brand\'s Facebook Page.'),
  token: z
    .string()
    .min(8, 'paste the whole Page or system-user access token')
    .describe(
      'A Page access token (Graph API Explorer → your app → "Get Page Access Token", then extend it to a long-lived one) ' +
        'or a Business Manager system-user token with pages_read_engagement and pages_read_user_content. Pasted here; the app never needs the app secret.',
    )
    .meta({ secret: true }),
  /** Proxies and the emulators. */
  baseUrl: z.url().default(DEFAULT_GRAPH_BASE_URL).describe('Graph API base URL (change only for a proxy).'),
  /** Posts this recent are re-read on every poll: their edits, new comments and deletes show. */
  activeHours: z.number().min(1).max(168).default(48),
  /** Time overlap subtracted from the high-water mark: late-indexed items are not missed. */
  overlapSeconds: z.number().int().min(0).max(3600).default(300),
  /** Every Nth poll: page rating fields, and a re-check of the last 24 h's comments (deletes, edits). */
  recheckEveryPolls: z.number().int().min(1).max(1000).default(10),
  /** Items re-checked per re-check (one call each). */
  recheckBatch: z.number().int().min(0).max(100).default(25),
  /** Posts whose comments are fetched in one poll (the others wait for the next). */
  maxCommentFetches: z.number().int().min(1).max(100).default(20),
  maxPages: z.number().int().min(1).max(50).default(10),
  pageSize: z.number().int().min(1).max(100).default(100),
});

export type FacebookOptions = z.output<typeof FacebookOptionsSchema>;
