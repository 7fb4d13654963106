// The Trustpilot reviews source's options.
import { z } from 'zod';
import { apiAddress, companyRepliesName, firstSyncPages } from '../../shared/common-options.ts';
import { text } from '../../shared/option-text.ts';

export const TrustpilotOptionsSchema = z
  .object({
    baseUrl: apiAddress('https://api.trustpilot.com'),
    apiKey: z
      .string()
      .min(10, 'paste the API key')
      .meta({ secret: true })
      .meta(
        text({
          title: 'API key',
          help: 'API key of an application created in the Trustpilot Business app (Integrations → Developers → API): sent as the apikey header.',
          fr: {
            title: 'Clé d’API',
            help: 'Clé d’API d’une application créée dans Trustpilot Business (Integrations → Developers → API) : envoyée dans l’en-tête apikey.',
          },
        }),
      ),
    businessUnitId: z
      .string()
      .regex(/^[0-9a-f]{24}$/i, 'a 24-character business unit id')
      .optional()
      .meta(
        text({
          title: 'Business unit id',
          help: 'The business unit id (24 characters), if known. Otherwise leave it empty and give the business domain below: the wall looks the id up once (GET /v1/business-units/find?name=<domain>).',
          fr: {
            title: 'Identifiant de l’entreprise (business unit)',
            help: 'L’identifiant « business unit » de l’entreprise (24 caractères), s’il est connu. Sinon, laissez-le vide et indiquez le domaine de l’entreprise ci-dessous : le mur cherche l’identifiant une fois (GET /v1/business-units/find?name=<domaine>).',
          },
        }),
      ),
    businessName: z
      .string()
      .min(3)
      .max(200)
      .optional()
      .meta(
        text({
          title: 'Business domain',
          help: 'The domain the business is listed under on Trustpilot, e.g. example.com: resolved to its id once.',
          fr: {
            title: 'Domaine de l’entreprise',
            help: 'Le domaine sous lequel l’entreprise figure sur Trustpilot, par ex. example.com : converti une fois en son identifiant.',
          },
        }),
      ),
    brandName: companyRepliesName(),
    backfillPages: firstSyncPages({ max: 20, default: 2, reviewsPerPage: 100 }),
  })
  .refine((o) => o.businessUnitId !== undefined || o.businessName !== undefined, {
    message: 'give businessUnitId or businessName',
    path: ['businessName'],
  });

export type TrustpilotOptions = z.output<typeof TrustpilotOptionsSchema>;
