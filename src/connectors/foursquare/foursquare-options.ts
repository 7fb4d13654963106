// The Foursquare Places source's options.
import { z } from 'zod';

export const FoursquareOptionsSchema = z.object({
  baseUrl: z.url().default('https://places-api.foursquare.com').describe('Leave as is; a proxy or an emulator URL for tests.'),
  placeIds: z
    .array(z.string().regex(/^[0-9a-zA-Z]{10,40}$/, 'an fsq_place_id, e.g. 4b058803f964a520a9a422e3'))
    .min(1, 'give at least one fsq_place_id')
    .max(20)
    .describe('The fsq_place_id of each of the company\'s places (shown in the place\'s URL on foursquare.com, or found with the Place Search API).'),
  serviceKey: z
    .string()
    .min(10, 'paste the service API key')
    .meta({ secret: true })
    .describe('Service API key of a project in the Foursquare developer console (Settings → Service API Keys); pay-as-you-go tips and ratings are Premium calls.'),
  visitorName: z.string().min(1).max(100).default('Visiteur Foursquare').describe('Name shown on tips (Foursquare does not say who wrote them), e.g. "Foursquare visitor".'),
  ratingRefreshMinutes: z.number().int().min(10).max(1440).default(60).describe('How often the places\' ratings (0–10) are read for the health view.'),
});

export type FoursquareOptions = z.output<typeof FoursquareOptionsSchema>;
