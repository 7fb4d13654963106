// The Google Business Profile reviews source's options.
import { z } from 'zod';

export const GoogleReviewsOptionsSchema = z.object({
  baseUrl: z.url().default('https://mybusiness.googleapis.com').describe('Leave as is; a proxy or an emulator URL for tests.'),
  accountId: z.string().regex(/^\d{1,40}$/, 'the numeric account id, e.g. 1234567890 (from accounts/1234567890)').describe('The Business Profile account id (the number in accounts/…).'),
  locationId: z.string().regex(/^\d{1,40}$/, 'the numeric location id, e.g. 987654321 (from locations/987654321)').describe('The location (store) id (the number in locations/…).'),
  accessToken: z
    .string()
    .min(10, 'paste the OAuth access token')
    .meta({ secret: true })
    .describe('OAuth access token with the business.manage scope, from the installed-app sign-in (Google Cloud project with the Business Profile API enabled).'),
  refreshToken: z
    .string()
    .min(10)
    .optional()
    .meta({ secret: true })
    .describe('OAuth refresh token from the same sign-in: lets the wall renew the access token by itself every hour.'),
  clientId: z.string().min(5).optional().describe('OAuth client id of the desktop (installed-app) client in the Google Cloud console.'),
  clientSecret: z.string().min(5).optional().meta({ secret: true }).describe('The desktop client\'s secret, if Google issued one.'),
  tokenUrl: z.url().default('https://oauth2.googleapis.com/token').describe('Google\'s OAuth token endpoint (overridable for a proxy or an emulator).'),
  brandName: z.string().min(1).max(100).default('Réponse du propriétaire').describe('Name shown on the brand\'s answers.'),
  backfillPages: z.number().int().min(1).max(20).default(4).describe('Pages of 50 reviews read on the first sync.'),
});

export type GoogleReviewsOptions = z.output<typeof GoogleReviewsOptionsSchema>;
