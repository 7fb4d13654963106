// The Google Business Profile reviews source's options.
import { z } from 'zod';
import { apiAddress, firstSyncPages } from '../../shared/common-options.ts';
import { text } from '../../shared/option-text.ts';

export const GoogleReviewsOptionsSchema = z.object({
  baseUrl: apiAddress('https://mybusiness.googleapis.com'),
  accountId: z
    .string()
    .regex(/^\d{1,40}$/, 'the numeric account id, e.g. 1234567890 (from accounts/1234567890)')
    .meta(
      text({
        title: 'Account id',
        help: 'The Business Profile account id: the number in accounts/…, as listed by GET https://mybusinessaccountmanagement.googleapis.com/v1/accounts with the same sign-in.',
        fr: {
          title: 'Identifiant du compte',
          help: 'L’identifiant du compte Business Profile : le nombre dans accounts/…, tel que le liste GET https://mybusinessaccountmanagement.googleapis.com/v1/accounts avec la même connexion.',
        },
      }),
    ),
  locationId: z
    .string()
    .regex(/^\d{1,40}$/, 'the numeric location id, e.g. 987654321 (from locations/987654321)')
    .meta(
      text({
        title: 'Location id',
        help: 'The location (store) id: the number in locations/…, as listed by GET https://mybusinessbusinessinformation.googleapis.com/v1/accounts/<account id>/locations?readMask=name,title.',
        fr: {
          title: 'Identifiant de l’établissement',
          help: 'L’identifiant de l’établissement (le magasin) : le nombre dans locations/…, tel que le liste GET https://mybusinessbusinessinformation.googleapis.com/v1/accounts/<id du compte>/locations?readMask=name,title.',
        },
      }),
    ),
  accessToken: z
    .string()
    .min(10, 'paste the OAuth access token')
    .meta({ secret: true })
    .meta(
      text({
        title: 'Access token',
        help: 'OAuth access token with the business.manage scope, from the installed-app sign-in (Google Cloud project with the Business Profile API enabled).',
        fr: {
          title: 'Jeton d’accès',
          help: 'Jeton d’accès OAuth avec la portée business.manage, obtenu par la connexion de l’application installée (projet Google Cloud où l’API Business Profile est activée).',
        },
      }),
    ),
  refreshToken: z
    .string()
    .min(10)
    .optional()
    .meta({ secret: true })
    .meta(
      text({
        title: 'Refresh token',
        help: 'OAuth refresh token from the same sign-in: lets the wall renew the access token by itself every hour.',
        fr: {
          title: 'Jeton d’actualisation',
          help: 'Jeton d’actualisation OAuth issu de la même connexion : le mur renouvelle ainsi lui-même le jeton d’accès toutes les heures.',
        },
      }),
    ),
  clientId: z
    .string()
    .min(5)
    .optional()
    .meta(
      text({
        title: 'Client id',
        help: 'OAuth client id of the desktop (installed-app) client in the Google Cloud console.',
        fr: {
          title: 'Identifiant client',
          help: 'Identifiant client OAuth du client de bureau (application installée) dans la console Google Cloud.',
        },
      }),
    ),
  clientSecret: z
    .string()
    .min(5)
    .optional()
    .meta({ secret: true })
    .meta(
      text({
        title: 'Client secret',
        help: "The desktop client's secret, if Google issued one.",
        fr: { title: 'Code secret du client', help: 'Le code secret du client de bureau, si Google en a fourni un.' },
      }),
    ),
  tokenUrl: z
    .url()
    .default('https://oauth2.googleapis.com/token')
    .meta(
      text({
        title: 'Token endpoint',
        help: "Google's OAuth token endpoint (overridable for a proxy or an emulator).",
        fr: {
          title: 'Adresse des jetons',
          help: 'L’adresse OAuth de Google qui délivre les jetons (modifiable pour un proxy ou un émulateur).',
        },
      }),
    ),
  brandName: z
    .string()
    .min(1)
    .max(100)
    .default('Réponse du propriétaire')
    .meta(
      text({
        title: "Name on the brand's answers",
        help: "Name shown on the brand's answers.",
        fr: { title: 'Nom sur les réponses de la marque', help: 'Nom affiché sur les réponses de la marque.' },
      }),
    ),
  backfillPages: firstSyncPages({ max: 20, default: 4, reviewsPerPage: 50 }),
});

export type GoogleReviewsOptions = z.output<typeof GoogleReviewsOptionsSchema>;
