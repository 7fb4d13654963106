// The Bluesky source's options: the account that searches (an app password), what to search, the brand.
import { z } from 'zod';
import {
  overlapSeconds,
  pagesPerPoll,
  recentRemembered,
  recheckEveryPolls,
  recheckedEachTime,
} from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

export const BlueskyOptionsSchema = z.object({
  /** The PDS or entryway that holds the session (bsky.social for most accounts); a proxy or emulator in tests. */
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .default('https://bsky.social')
    .meta(
      text({
        title: 'Service URL',
        help: 'Base URL of the Bluesky service (https://bsky.social unless the account lives on another PDS)',
        fr: {
          title: 'Adresse du service',
          help: 'Adresse de base du service Bluesky (https://bsky.social, sauf si le compte est hébergé sur un autre PDS).',
        },
      }),
    ),
  identifier: z
    .string()
    .min(1, 'give the handle (or e-mail) of the account that searches')
    .meta(
      text({
        title: 'Account',
        help: 'Handle or e-mail of the Bluesky account used to search, e.g. ateliernova.bsky.social',
        fr: {
          title: 'Compte',
          help: 'Identifiant (ou e-mail) du compte Bluesky qui effectue les recherches, par ex. ateliernova.bsky.social',
        },
      }),
    ),
  appPassword: z
    .string()
    .min(1, 'give an app password')
    .meta({ secret: true })
    .meta(
      text({
        title: 'App password',
        help: 'An app password of that account: bsky.app → Settings → Privacy and security → App passwords → Add. Never the account password.',
        fr: {
          title: 'Mot de passe d’application',
          help: 'Un mot de passe d’application de ce compte : bsky.app → Paramètres → Confidentialité et sécurité → Mots de passe d’application → Ajouter. Jamais le mot de passe du compte.',
        },
      }),
    ),
  /** Search queries (app.bsky.feed.searchPosts syntax): a hashtag, a name, a phrase. */
  queries: z
    .array(z.string().min(1).max(300))
    .min(1, 'give at least one search')
    .max(10)
    .meta(text({ title: 'Searches', fr: { title: 'Recherches' } })),
  /** The brand's own handle: its posts are the answers, threaded under the customer's post. */
  brandHandle: z
    .string()
    .regex(/^@?[a-z0-9.-]+$/i, 'write a handle like ateliernova.bsky.social')
    .transform((h) => h.replace(/^@/, '').toLowerCase())
    .optional()
    .meta(text({ title: 'Brand handle', fr: { title: 'Identifiant de la marque' } })),
  /** A first sync reads back this far. */
  backfillHours: z
    .number()
    .positive()
    .max(168)
    .default(24)
    .meta(
      text({
        title: 'History on first sync (hours)',
        fr: { title: 'Historique à la première synchronisation (heures)' },
      }),
    ),
  /** Re-read this much before the time high-water mark: the search index is late at times. */
  overlapSeconds: overlapSeconds(120),
  maxPages: pagesPerPoll({ max: 20, default: 5 }),
  /** Threads read per poll, for customer posts whose reply count grew (the brand's answers). */
  threadChecks: z
    .number()
    .int()
    .min(0)
    .max(25)
    .default(5)
    .meta(text({ title: 'Threads read per poll', fr: { title: 'Fils de discussion lus par interrogation' } })),
  /** Every Nth poll, recent posts are re-checked (app.bsky.feed.getPosts): those gone leave the wall. */
  recheckEveryPolls: recheckEveryPolls(5),
  recheckCount: recheckedEachTime(
    { max: 25, default: 25 },
    { en: 'Posts re-checked each time', fr: 'Publications revérifiées à chaque fois' },
  ),
  recentLimit: recentRemembered(100, { en: 'Recent posts remembered', fr: 'Publications récentes mémorisées' }),
});

export type BlueskyOptions = z.output<typeof BlueskyOptionsSchema>;
