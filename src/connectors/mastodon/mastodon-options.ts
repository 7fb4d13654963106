// The Mastodon source's options: which instances to read, which hashtags, which accounts are the brand's.
import { z } from 'zod';
import {
  firstSyncPages,
  pagesPerPoll,
  recentRemembered,
  recheckEveryPolls,
  recheckedEachTime,
} from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

const InstanceSchema = z.object({
  /** Base URL of the instance, e.g. https://mastodon.social (or an emulator's / proxy's URL). */
  url: z.url({ protocol: /^https?$/ }).meta(
    text({
      title: 'URL',
      help: 'Base URL of the instance, e.g. https://mastodon.social',
      fr: { title: 'Adresse', help: 'Adresse de base de l’instance, par ex. https://mastodon.social' },
    }),
  ),
  token: z
    .string()
    .min(1)
    .optional()
    .meta({ secret: true })
    .meta(
      text({
        title: 'Access token',
        help: 'Optional user access token (Preferences → Development → New application, scope "read"). Needed for live streaming, and on instances whose public timelines require login.',
        fr: {
          title: 'Jeton d’accès',
          help: 'Jeton d’accès utilisateur facultatif (Préférences → Développement → Nouvelle application, portée « read »). Nécessaire pour le flux en direct, et sur les instances dont les fils publics demandent une connexion.',
        },
      }),
    ),
});

export const MastodonOptionsSchema = z.object({
  /** Instances whose federated view of the hashtags is read; a plain URL string is accepted for each. */
  instances: z
    .array(z.preprocess((v) => (typeof v === 'string' ? { url: v } : v), InstanceSchema))
    .min(1, 'give at least one instance URL')
    .max(10)
    // One entry per instance: its token is found by its address (src/main/secrets/kept-secret.ts).
    .superRefine((instances, ctx) => {
      const seen = new Set<string>();
      instances.forEach((instance, i) => {
        const address = instance.url.toLowerCase().replace(/\/+$/, '');
        if (seen.has(address))
          ctx.addIssue({ code: 'custom', path: [i, 'url'], message: 'this instance is already in the list' });
        seen.add(address);
      });
    })
    .meta(text({ title: 'Instances', fr: { title: 'Instances' } })),
  hashtags: z
    .array(
      z
        .string()
        .regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag is letters, digits or _')
        .transform((t) => t.replace(/^#/, '')),
    )
    .min(1, 'give at least one hashtag')
    .max(10)
    .meta(text({ title: 'Hashtags', fr: { title: 'Hashtags' } })),
  /** The brand's own accounts, as user@instance (e.g. ateliernova@mastodon.social): their statuses are the answers. */
  brandAccounts: z
    .array(
      z
        .string()
        .regex(/^@?[\w.-]+@[\w.-]+(?::\d+)?$/, 'write an account as user@instance')
        .transform((a) => a.replace(/^@/, '').toLowerCase()),
    )
    .max(10)
    .default([])
    .meta(text({ title: 'Brand accounts', fr: { title: 'Comptes Mastodon de la marque' } })),
  /** The first sync reads at most this many pages (40 statuses each) per instance and hashtag. */
  backfillPages: firstSyncPages({ max: 10, default: 1 }),
  /** An incremental poll follows at most this many pages before resuming at the next poll. */
  maxPages: pagesPerPoll({ max: 20, default: 5 }),
  /** Every Nth poll, re-check a few recent statuses (deleted → leaves the wall, edited → latest text). */
  recheckEveryPolls: recheckEveryPolls(5),
  recheckCount: recheckedEachTime(
    { max: 40, default: 4 },
    { en: 'Statuses re-checked each time', fr: 'Messages revérifiés à chaque fois' },
  ),
  /** How many recent statuses are remembered for those re-checks. */
  recentLimit: recentRemembered(60, { en: 'Recent statuses remembered', fr: 'Messages récents mémorisés' }),
  /** Live stream: reconnect when nothing, not even a heartbeat, arrived for this long. */
  streamIdleSeconds: z
    .number()
    .positive()
    .max(600)
    .default(60)
    .meta(
      text({
        title: 'Stream silence before reconnecting (seconds)',
        fr: { title: 'Silence du flux avant reconnexion (secondes)' },
      }),
    ),
});

export type MastodonOptions = z.output<typeof MastodonOptionsSchema>;
export type MastodonInstanceOptions = MastodonOptions['instances'][number];
