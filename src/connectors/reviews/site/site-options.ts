// The company site's reviews source: an inbound webhook, a polled feed, or both.
import { z } from 'zod';

export const SiteReviewsOptionsSchema = z
  .object({
    webhookToken: z
      .string()
      .min(24, 'use at least 24 random characters')
      .max(500)
      .optional()
      .meta({ secret: true })
      .describe('Shared secret the site sends as "Authorization: Bearer <token>" when it POSTs reviews to /api/inbound/<source id>. Generate a long random one (e.g. openssl rand -hex 32) and give it to the site\'s developers.'),
    feedUrl: z.url().optional().describe('A JSON, RSS or Atom feed of the site\'s reviews, polled with ETag / If-None-Match.'),
    format: z.enum(['json', 'rss', 'atom']).default('json').describe('The feed\'s format.'),
    brandName: z.string().min(1).max(100).default('Réponse de l\'entreprise').describe('Name shown on the company\'s replies.'),
    defaultAuthorName: z.string().min(1).max(100).default('Client').describe('Shown when a feed item names no author.'),
  })
  .refine((o) => o.webhookToken !== undefined || o.feedUrl !== undefined, { message: 'give webhookToken (inbound webhook), feedUrl (polled feed), or both', path: ['webhookToken'] });

export type SiteReviewsOptions = z.output<typeof SiteReviewsOptionsSchema>;
