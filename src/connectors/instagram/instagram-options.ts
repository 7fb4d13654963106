// The Instagram (business or creator account, via Facebook Login) source's options.
import { z } from 'zod';
import { DEFAULT_GRAPH_BASE_URL } from '../meta/graph-client.ts';

export const InstagramOptionsSchema = z.object({
  igUserId: z
    .string()
    .regex(/^\d{5,30}$/, 'the numeric Instagram business account id (GET /{page-id}?fields=instagram_business_account)')
    .describe('The Instagram business account id linked to the brand\'s Facebook Page.'),
  token: z
    .string()
    .min(8, 'paste the whole access token')
    .describe(
      'A Page or Business Manager system-user access token of the Facebook Page linked to the Instagram account, with ' +
        'instagram_basic, instagram_manage_comments, pages_read_engagement (and instagram_manage_insights is not needed). Pasted here; no app secret.',
    )
    .meta({ secret: true }),
  /** The brand's username: its comments are its answers. Read from the account when left out. */
  username: z.string().regex(/^[A-Za-z0-9._]{1,30}$/).optional(),
  /** Hashtags to follow, without '#'. Each new one costs one of the account's 30 per rolling 7 days. */
  hashtags: z.array(z.string().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag: letters, digits, _')).max(30).default([]),
  /** Lower it when other apps use the same account's hashtag budget. */
  hashtagsLimit: z.number().int().min(0).max(30).default(30),
  includeTagged: z.boolean().default(true),
  baseUrl: z.url().default(DEFAULT_GRAPH_BASE_URL).describe('Graph API base URL (change only for a proxy).'),
  /** Media this recent are re-listed on every poll: caption edits, new comments and deletes show. */
  activeHours: z.number().min(1).max(336).default(72),
  overlapSeconds: z.number().int().min(0).max(3600).default(300),
  recheckEveryPolls: z.number().int().min(1).max(1000).default(10),
  recheckBatch: z.number().int().min(0).max(100).default(25),
  maxCommentFetches: z.number().int().min(1).max(100).default(20),
  maxPages: z.number().int().min(1).max(50).default(10),
  pageSize: z.number().int().min(1).max(100).default(50),
  /** recent_media is ranked, not chronological: read this many pages (of 50) of each hashtag per poll. */
  hashtagPages: z.number().int().min(1).max(10).default(2),
});

export type InstagramOptions = z.output<typeof InstagramOptionsSchema>;
