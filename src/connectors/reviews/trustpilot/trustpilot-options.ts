// The Trustpilot reviews source's options.
import { z } from 'zod';
import { text } from '../../shared/option-text.ts';

export const TrustpilotOptionsSchema = z
  .object({
    baseUrl: z
      .url()
      .default('https://api.trustpilot.com')
      .meta(
        text({
          title: 'API URL',
          help: 'Leave as is; a proxy or an emulator URL for tests.',
          fr: { title: 'Adresse de l’API', help: 'À laisser telle quelle ; l’adresse d’un proxy, ou d’un émulateur pour les tests.' },
        }),
      ),
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
          help: 'The business unit id, if known (otherwise give businessName).',
          fr: { title: 'Identifiant de l’entreprise (business unit)', help: 'L’identifiant « business unit » de l’entreprise, s’il est connu (sinon, indiquez le domaine de l’entreprise).' },
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
          fr: { title: 'Domaine de l’entreprise', help: 'Le domaine sous lequel l’entreprise figure sur Trustpilot, par ex. example.com : converti une fois en son identifiant.' },
        }),
      ),
    brandName: z
      .string()
      .min(1)
      .max(100)
      .default('Réponse de l\'entreprise')
      .meta(
        text({
          title: 'Name on the company\'s replies',
          help: 'Name shown on the company\'s replies.',
          fr: { title: 'Nom sur les réponses de l’entreprise', help: 'Nom affiché sur les réponses de l’entreprise.' },
        }),
      ),
    backfillPages: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(2)
      .meta(
        text({
          title: 'Pages read on first sync',
          help: 'Pages of 100 reviews read on the first sync.',
          fr: { title: 'Pages lues à la première synchronisation', help: 'Pages de 100 avis lues à la première synchronisation.' },
        }),
      ),
  })
  .refine((o) => o.businessUnitId !== undefined || o.businessName !== undefined, { message: 'give businessUnitId or businessName', path: ['businessName'] });

export type TrustpilotOptions = z.output<typeof TrustpilotOptionsSchema>;
