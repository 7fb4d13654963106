// The `rss` source's options: the feeds to read (press, blogs, forums, Google Alerts, Reddit or YouTube
// feeds), the words that keep an item, and how many items one poll takes from a feed.
import { z } from 'zod';
import { text } from '../shared/option-text.ts';

const FeedSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .meta(
      text({
        title: 'Feed URL',
        help: 'The address of an RSS or Atom feed, e.g. a Google Alert delivered "to RSS feed", https://www.reddit.com/r/<subreddit>/search.rss?q=<brand>&sort=new, or https://www.youtube.com/feeds/videos.xml?channel_id=<id>.',
        fr: {
          title: 'Adresse du flux',
          help: 'L’adresse d’un flux RSS ou Atom, par ex. une alerte Google envoyée « vers un flux RSS », https://www.reddit.com/r/<subreddit>/search.rss?q=<marque>&sort=new, ou https://www.youtube.com/feeds/videos.xml?channel_id=<id>.',
        },
      }),
    ),
  label: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .meta(
      text({
        title: 'Name',
        help: 'How the wall names this feed in its health and messages (else its address), and the author of items that name none (else the site of the article).',
        fr: {
          title: 'Nom',
          help: 'Le nom du flux dans l’état de la source et ses messages (sinon son adresse), et l’auteur des éléments qui n’en nomment pas (sinon le site de l’article).',
        },
      }),
    ),
});

export const RssOptionsSchema = z.object({
  /** A plain URL string is accepted for each feed. */
  feeds: z
    .array(z.preprocess((v) => (typeof v === 'string' ? { url: v } : v), FeedSchema))
    .min(1, 'give at least one feed URL')
    .max(20)
    .refine((feeds) => new Set(feeds.map((f) => f.url)).size === feeds.length, {
      message: 'a feed URL is listed twice',
    })
    .meta(text({ title: 'Feeds', fr: { title: 'Flux' } })),
  keywords: z
    .array(z.string().trim().min(2, 'a keyword needs at least 2 characters').max(100))
    .max(20)
    .default([])
    .meta(
      text({
        title: 'Keywords',
        help: "When given, only items whose title or text mention one of them are shown (case and accents ignored), e.g. the brand's name. Leave empty for feeds that are about the brand already (a Google Alert).",
        fr: {
          title: 'Mots-clés',
          help: 'S’il y en a, seuls les éléments dont le titre ou le texte citent l’un d’eux sont affichés (sans tenir compte des majuscules ni des accents), par ex. le nom de la marque. À laisser vide pour les flux qui parlent déjà de la marque (une alerte Google).',
        },
      }),
    ),
  maxItemsPerPoll: z
    .number()
    .int()
    .min(1)
    .max(200)
    .default(20)
    .meta(
      text({
        title: 'Items per feed and poll, at most',
        help: 'The newest items taken from each feed when it changed; the older ones of a long feed are left out.',
        fr: {
          title: 'Éléments par flux et par interrogation, au plus',
          help: 'Les éléments les plus récents repris de chaque flux quand il a changé ; les plus anciens d’un long flux sont laissés de côté.',
        },
      }),
    ),
});

export type RssOptions = z.output<typeof RssOptionsSchema>;
export type RssFeedOptions = RssOptions['feeds'][number];
