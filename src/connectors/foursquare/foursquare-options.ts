// The Foursquare Places source's options.
import { z } from 'zod';
import { apiAddress } from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

export const FoursquareOptionsSchema = z.object({
  baseUrl: apiAddress('https://places-api.foursquare.com'),
  placeIds: z
    .array(z.string().regex(/^[0-9a-zA-Z]{10,40}$/, 'an fsq_place_id, e.g. 4b058803f964a520a9a422e3'))
    .min(1, 'give at least one fsq_place_id')
    .max(20)
    .meta(
      text({
        title: 'Place ids',
        help: "The fsq_place_id of each of the company's places (shown in the place's URL on foursquare.com, or found with the Place Search API).",
        fr: {
          title: 'Identifiants des lieux',
          help: 'Le fsq_place_id de chacun des lieux de l’entreprise (visible dans l’adresse du lieu sur foursquare.com, ou trouvé avec l’API Place Search).',
        },
      }),
    ),
  serviceKey: z
    .string()
    .min(10, 'paste the service API key')
    .meta({ secret: true })
    .meta(
      text({
        title: 'Service API key',
        help: 'Service API key of a project in the Foursquare developer console (Settings → Service API Keys); pay-as-you-go tips and ratings are Premium calls.',
        fr: {
          title: 'Clé d’API de service',
          help: 'Clé d’API de service d’un projet de la console développeur Foursquare (« Settings » → « Service API Keys ») ; en paiement à l’usage, les avis et les notes sont des appels Premium.',
        },
      }),
    ),
  visitorName: z
    .string()
    .min(1)
    .max(100)
    .default('Visiteur Foursquare')
    .meta(
      text({
        title: 'Visitor name',
        help: 'Name shown on tips (Foursquare does not say who wrote them), e.g. "Foursquare visitor".',
        fr: {
          title: 'Nom du visiteur',
          help: 'Nom affiché sur les avis (Foursquare ne dit pas qui les a écrits), par ex. « Visiteur Foursquare ».',
        },
      }),
    ),
  ratingRefreshMinutes: z
    .number()
    .int()
    .min(10)
    .max(1440)
    .default(60)
    .meta(
      text({
        title: 'Rating refresh (minutes)',
        help: "How often the places' ratings (0–10) are read for the health view.",
        fr: {
          title: 'Actualisation des notes (minutes)',
          help: 'Fréquence de lecture des notes des lieux (0–10) pour l’état des sources.',
        },
      }),
    ),
});

export type FoursquareOptions = z.output<typeof FoursquareOptionsSchema>;
