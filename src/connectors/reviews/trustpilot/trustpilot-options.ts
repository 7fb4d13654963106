// The Trustpilot reviews source's options.
import { z } from 'zod';

export const TrustpilotOptionsSchema = z
  .object({
    baseUrl: z.url().default('https://api.trustpilot.com').describe('Leave as is; a proxy or an emulator URL for tests.'),
    apiKey: z
      .string()
      .min(10, 'paste the API key')
      .meta({ secret: true })
      .describe('API key of an application created in the Trustpilot Business app (Integrations → Developers → API): sent as the apikey header.'),
    businessUnitId: z.string().regex(/^[0-9a-f]{24}$/i, 'a 24-character business unit id').optional().describe('The business unit id, if known (otherwise give businessName).'),
    businessName: z.string().min(3).max(200).optional().describe('The domain the business is listed under on Trustpilot, e.g. example.com: resolved to its id once.'),
    brandName: z.string().min(1).max(100).default('Réponse de l\'entreprise').describe('Name shown on the company\'s replies.'),
    backfillPages: z.number().int().min(1).max(20).default(2).describe('Pages of 100 reviews read on the first sync.'),
  })
  .refine((o) => o.businessUnitId !== undefined || o.businessName !== undefined, { message: 'give businessUnitId or businessName', path: ['businessName'] });

export type TrustpilotOptions = z.output<typeof TrustpilotOptionsSchema>;
