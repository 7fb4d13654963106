// The tuning options several connectors share, written once: each builder returns the zod schema of one
// option with its bounds and its bilingual label (`text`, ./option-text.ts). A connector passes what is its
// own (its default, its upper bound, its noun); what the option means, how it is checked and how it is
// worded stay the same everywhere. A field of one network only stays in that network's options file.
import { z } from 'zod';
import { text } from './option-text.ts';

/** A label in both languages, for an option whose noun is the network's own ("Statuses…", "Posts…"). */
export interface Title {
  en: string;
  fr: string;
}

/** The address of a network's API, left as is except for a proxy, or an emulator in tests. */
export function apiAddress(defaultUrl: string) {
  return z
    .url()
    .default(defaultUrl)
    .meta(
      text({
        title: 'API URL',
        help: 'Leave as is; a proxy or an emulator URL for tests.',
        fr: {
          title: 'Adresse de l’API',
          help: 'À laisser telle quelle ; l’adresse d’un proxy, ou d’un émulateur pour les tests.',
        },
      }),
    );
}

/** The address of Meta's Graph API (Facebook, Instagram), changed only for a proxy. */
export function graphApiAddress(defaultUrl: string) {
  return z
    .url()
    .default(defaultUrl)
    .meta(
      text({
        title: 'Graph API URL',
        help: 'Graph API base URL (change only for a proxy).',
        fr: {
          title: 'Adresse de l’API Graph',
          help: 'Adresse de base de l’API Graph (à changer uniquement pour un proxy).',
        },
      }),
    );
}

/** A number of pages: at least one, at most the connector's bound. */
function pageCount(max: number, defaultValue: number) {
  return z.number().int().min(1).max(max).default(defaultValue);
}

/** Seconds re-read before the time high-water mark, so items the network indexes late are not missed. */
export function overlapSeconds(defaultValue: number) {
  return z
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(defaultValue)
    .meta(text({ title: 'Overlap (seconds)', fr: { title: 'Chevauchement (secondes)' } }));
}

/** Pages one poll follows at most (the rest waits for the next poll): bounds a poll, and its cost, in a burst. */
export function pagesPerPoll({ max, default: defaultValue }: { max: number; default: number }) {
  return pageCount(max, defaultValue).meta(
    text({ title: 'Pages per poll, at most', fr: { title: 'Pages lues par interrogation, au plus' } }),
  );
}

/**
 * Pages read by the first sync. A reviews source says how many reviews a page holds
 * (`reviewsPerPage`), which becomes the option's help.
 */
export function firstSyncPages({
  max,
  default: defaultValue,
  reviewsPerPage,
}: {
  max: number;
  default: number;
  reviewsPerPage?: number;
}) {
  const title = 'Pages read on first sync';
  const frTitle = 'Pages lues à la première synchronisation';
  return pageCount(max, defaultValue).meta(
    reviewsPerPage === undefined
      ? text({ title, fr: { title: frTitle } })
      : text({
          title,
          help: `Pages of ${reviewsPerPage} reviews read on the first sync.`,
          fr: { title: frTitle, help: `Pages de ${reviewsPerPage} avis lues à la première synchronisation.` },
        }),
  );
}

/** Every Nth poll, recent items are looked up again: those deleted leave the wall, those edited change. */
export function recheckEveryPolls(defaultValue: number) {
  return z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(defaultValue)
    .meta(text({ title: 'Re-check every N polls', fr: { title: 'Revérification toutes les N interrogations' } }));
}

/** Items looked up again at each re-check (0: none), worded with the network's noun. */
export function recheckedEachTime({ max, default: defaultValue }: { max: number; default: number }, title: Title) {
  return z
    .number()
    .int()
    .min(0)
    .max(max)
    .default(defaultValue)
    .meta(text({ title: title.en, fr: { title: title.fr } }));
}

/** Recent items remembered for the re-checks, worded with the network's noun. */
export function recentRemembered(defaultValue: number, title: Title) {
  return z
    .number()
    .int()
    .min(1)
    .max(500)
    .default(defaultValue)
    .meta(text({ title: title.en, fr: { title: title.fr } }));
}

/** The name shown on a company's replies to reviews (Trustpilot, the company's site). */
export function companyRepliesName() {
  return z
    .string()
    .min(1)
    .max(100)
    .default("Réponse de l'entreprise")
    .meta(
      text({
        title: "Name on the company's replies",
        help: "Name shown on the company's replies.",
        fr: { title: 'Nom sur les réponses de l’entreprise', help: 'Nom affiché sur les réponses de l’entreprise.' },
      }),
    );
}
