// The X source's options: what IT types in the settings window (forms are generated from this schema).
import { z } from 'zod';
import { firstSyncPages, pagesPerPoll } from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

export const X_API_BASE_URL = 'https://api.x.com';

export const XOptionsSchema = z.object({
  baseUrl: z
    .url()
    .default(X_API_BASE_URL)
    .meta(
      text({
        title: 'API URL',
        help: 'API address; change only for a proxy or the emulator.',
        fr: {
          title: 'Adresse de l’API',
          help: 'Adresse de l’API ; à changer uniquement pour un proxy ou l’émulateur.',
        },
      }),
    ),
  bearerToken: z
    .string()
    .min(20, "paste the app's Bearer Token")
    .meta({ secret: true })
    .meta(
      text({
        title: 'Bearer token',
        help: 'App-only Bearer Token: developer.x.com → Projects & Apps → your app → Keys and tokens → Bearer Token.',
        fr: {
          title: 'Jeton Bearer',
          help: 'Jeton Bearer de l’application (app-only) : developer.x.com → « Projects & Apps » → votre application → « Keys and tokens » → « Bearer Token ».',
        },
      }),
    ),
  brandUserId: z
    .string()
    .regex(/^\d{1,25}$/, "the numeric user id of the brand's account (GET /2/users/by/username/:handle)")
    .meta(
      text({
        title: 'Brand user id',
        help:
          "Numeric id of the brand's X account: its mentions are read, its posts are shown as the brand's answers. " +
          'Where to find it: the X API answers GET /2/users/by/username/<handle> with it (or any "X user id lookup" tool); not the @handle.',
        fr: {
          title: 'Identifiant du compte de la marque',
          help:
            'Identifiant numérique du compte X de la marque : ses mentions sont lues, ses publications sont affichées comme les réponses de la marque. ' +
            'Où le trouver : l’API X le donne en réponse à GET /2/users/by/username/<nom> (ou tout outil « X user id lookup ») ; ce n’est pas le @nom.',
        },
      }),
    ),
  brandHandle: z
    .string()
    .regex(/^@?\w{1,15}$/, 'an X handle such as @ateliernova')
    .transform((h) => h.replace(/^@/, ''))
    .meta(
      text({
        title: 'Brand handle',
        help: "The brand's handle, without or with @.",
        fr: { title: 'Nom d’utilisateur de la marque', help: 'Le nom d’utilisateur de la marque, avec ou sans @.' },
      }),
    ),
  brandTerms: z
    .array(z.string().trim().min(1).max(100))
    .max(20)
    .default([])
    .meta(
      text({
        title: 'Brand terms',
        help: 'Words or phrases people use for the brand ("atelier nova").',
        fr: {
          title: 'Termes désignant la marque',
          help: 'Mots ou expressions que les gens emploient pour parler de la marque (« atelier nova »).',
        },
      }),
    ),
  hashtags: z
    .array(
      z
        .string()
        .trim()
        .regex(/^#?\w{1,100}$/, 'a hashtag such as #AtelierNova'),
    )
    .max(20)
    .default([])
    .transform((tags) => tags.map((t) => t.replace(/^#/, '')))
    .meta(
      text({
        title: 'Hashtags',
        help: 'Hashtags to follow, without or with #.',
        fr: { title: 'Hashtags', help: 'Hashtags à suivre, avec ou sans #.' },
      }),
    ),
  monthlyBudgetUsd: z
    .number()
    .nonnegative()
    .max(100_000)
    .default(50)
    .meta(
      text({
        title: 'Monthly budget (USD)',
        help: 'Reading stops when the estimated spend of the month reaches this amount.',
        fr: {
          title: 'Budget mensuel (USD)',
          help: 'La lecture s’arrête quand la dépense estimée du mois atteint ce montant.',
        },
      }),
    ),
  costPerPostUsd: z
    .number()
    .positive()
    .max(1)
    .default(0.005)
    .meta(
      text({
        title: 'Cost per post read (USD)',
        help: 'What X charges per post read (pay-per-use price).',
        fr: {
          title: 'Coût par publication lue (USD)',
          help: 'Ce que X facture par publication lue (tarif à l’usage).',
        },
      }),
    ),
  includeMentions: z
    .boolean()
    .default(true)
    .meta(
      text({
        title: 'Include mentions',
        help: "Read the posts that mention the brand's account.",
        fr: { title: 'Inclure les mentions', help: 'Lire les publications qui mentionnent le compte de la marque.' },
      }),
    ),
  includeBrandReplies: z
    .boolean()
    .default(true)
    .meta(
      text({
        title: "Include the brand's replies",
        help: "Read the brand's own replies, shown under the posts they answer.",
        fr: {
          title: 'Inclure les réponses de la marque',
          help: 'Lire les réponses de la marque, affichées sous les publications auxquelles elles répondent.',
        },
      }),
    ),
  /** Search pages allow 10–100 posts, the user timelines 5–100. */
  pageSize: z
    .number()
    .int()
    .min(10)
    .max(100)
    .default(100)
    .meta(text({ title: 'Posts per page', fr: { title: 'Publications par page' } })),
  /** Bounds one poll (and its cost) when a burst of posts arrives. */
  maxPagesPerPoll: pagesPerPoll({ max: 50, default: 5 }),
  /** The first sync reads one page only: the last 7 days would cost money for posts nobody sees. */
  firstSyncPages: firstSyncPages({ max: 10, default: 1 }),
  /** X does not push deletes to a search: the recent posts are looked up again this often. */
  deleteRecheckMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(15)
    .meta(
      text({
        title: 'Deleted-post check every (minutes)',
        fr: { title: 'Recherche des publications supprimées toutes les (minutes)' },
      }),
    ),
  /** How far back the delete re-check looks (and the most posts it looks up: one call, 100 ids). */
  deleteRecheckHours: z
    .number()
    .positive()
    .max(7 * 24)
    .default(24)
    .meta(
      text({
        title: 'Deleted-post check covers (hours)',
        fr: { title: 'Période couverte par cette recherche (heures)' },
      }),
    ),
  streamEnabled: z
    .boolean()
    .default(false)
    .meta(
      text({
        title: 'Filtered stream',
        help: 'Also keep the filtered stream open (posts within seconds; needs a plan with stream access).',
        fr: {
          title: 'Flux filtré',
          help: 'Garder aussi le flux filtré ouvert (publications en quelques secondes ; nécessite un abonnement avec accès au flux).',
        },
      }),
    ),
  /** X sends a keep-alive every 20 s: silence this long means the connection is dead. */
  streamKeepAliveTimeoutMs: z
    .number()
    .int()
    .positive()
    .default(30_000)
    .meta(
      text({
        title: 'Stream silence before reconnecting (ms)',
        fr: { title: 'Silence du flux avant reconnexion (ms)' },
      }),
    ),
});

export type XOptions = z.output<typeof XOptionsSchema>;
export type XOptionsInput = z.input<typeof XOptionsSchema>;
