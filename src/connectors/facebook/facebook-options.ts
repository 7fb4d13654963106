// The Facebook Page source's options, as IT sets them in Settings.
import { z } from 'zod';
import { DEFAULT_GRAPH_BASE_URL } from '../meta/graph-client.ts';
import {
  graphApiAddress,
  overlapSeconds,
  pagesPerPoll,
  recheckEveryPolls,
  recheckedEachTime,
} from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

export const FacebookOptionsSchema = z.object({
  pageId: z
    .string()
    .regex(/^\d{1,30}$/, 'the numeric Page id (Page → About → Page transparency, or Meta Business Suite → Settings)')
    .meta(
      text({
        title: 'Page id',
        help:
          "The numeric id of the brand's Facebook Page. Where to find it: on the Page, About → Page transparency " +
          '(Page ID), or Meta Business Suite → Settings → Business assets → the Page.',
        fr: {
          title: 'Identifiant de la Page',
          help:
            'L’identifiant numérique de la Page Facebook de la marque. Où le trouver : sur la Page, À propos → Transparence de la Page ' +
            '(ID de la Page), ou Meta Business Suite → Paramètres → Ressources de l’entreprise → la Page.',
        },
      }),
    ),
  token: z
    .string()
    .min(8, 'paste the whole Page or system-user access token')
    .meta(
      text({
        title: 'Access token',
        help:
          'A Page access token (Graph API Explorer → your app → "Get Page Access Token", then extend it to a long-lived one) ' +
          'or a Business Manager system-user token with pages_read_engagement and pages_read_user_content. Pasted here; the app never needs the app secret.',
        fr: {
          title: 'Jeton d’accès',
          help:
            'Un jeton d’accès de Page (Explorateur de l’API Graph → votre application → « Get Page Access Token », puis prolongez-le en jeton longue durée) ' +
            'ou un jeton d’utilisateur système du Business Manager avec pages_read_engagement et pages_read_user_content. Collé ici ; la clé secrète de l’application n’est jamais nécessaire.',
        },
      }),
    )
    .meta({ secret: true }),
  /** Proxies and the emulators. */
  baseUrl: graphApiAddress(DEFAULT_GRAPH_BASE_URL),
  /** Posts this recent are re-read on every poll: their edits, new comments and deletes show. */
  activeHours: z
    .number()
    .min(1)
    .max(168)
    .default(48)
    .meta(text({ title: 'Posts re-read for (hours)', fr: { title: 'Publications relues pendant (heures)' } })),
  /** Time overlap subtracted from the high-water mark: late-indexed items are not missed. */
  overlapSeconds: overlapSeconds(300),
  /** Every Nth poll: page rating fields, and a re-check of the last 24 h's comments (deletes, edits). */
  recheckEveryPolls: recheckEveryPolls(10),
  /** Items re-checked per re-check (one call each). */
  recheckBatch: recheckedEachTime(
    { max: 100, default: 25 },
    { en: 'Items re-checked each time', fr: 'Éléments revérifiés à chaque fois' },
  ),
  /** Posts whose comments are fetched in one poll (the others wait for the next). */
  maxCommentFetches: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta(
      text({
        title: 'Posts whose comments are read per poll',
        fr: { title: 'Publications dont les commentaires sont lus par interrogation' },
      }),
    ),
  maxPages: pagesPerPoll({ max: 50, default: 10 }),
  pageSize: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(100)
    .meta(text({ title: 'Items per page', fr: { title: 'Éléments par page' } })),
});

export type FacebookOptions = z.output<typeof FacebookOptionsSchema>;
