// Web mentions from RSS and Atom feeds: press, blogs, forums, Google Alerts, Reddit or YouTube feeds.
// Each poll reads every configured feed with If-None-Match / If-Modified-Since (a 304 costs no parsing and
// brings nothing), keeps the items that mention the brand's keywords, the newest `maxItemsPerPoll` of each
// feed, and maps them to posts keyed on the feed and the item's guid/id (the store's upsert turns a feed
// read again into no duplicates). Feeds are windows: an item that scrolls out of one is not a delete.
// One feed failing does not stop the others: its error shows in the health (a note); when every
// feed fails, the source fails with the error IT should see first.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../connector.ts';
import { slowDownDelayMs } from '../shared/rate-limit.ts';
import { keywordFilter } from './keyword-filter.ts';
import { entryText, mapWebEntry } from './map-web-entry.ts';
import { formatRssCursor, parseRssCursor } from './rss-cursor.ts';
import { RssOptionsSchema, type RssOptions } from './rss-options.ts';
import { WebFeed } from './web-feed.ts';
import { worstError } from '../shared/worst-error.ts';

interface FeedOutcome {
  events: SourceEvent[];
  filteredOut: number;
}

function createRssDriver(options: RssOptions, context: ConnectorContext): SourceDriver {
  const feeds = options.feeds.map((f) => new WebFeed(f, context.now));
  const mentionsBrand = keywordFilter(options.keywords);

  async function readFeed(
    feed: WebFeed,
    validators: Parameters<WebFeed['read']>[0],
    signal: AbortSignal,
  ): Promise<{ outcome?: FeedOutcome; validators?: typeof validators }> {
    const read = await feed.read(validators, signal);
    if (!read.changed) return {};
    const events: SourceEvent[] = [];
    const posts: { createdAt: string; item: Record<string, unknown> }[] = [];
    const seen = new Set<string>();
    let filteredOut = 0;
    const feedContext = {
      feedUrl: feed.url,
      feedName: feed.label ?? read.feed.title ?? feed.name,
      ...(read.feed.language ? { language: read.feed.language } : {}),
    };
    for (const entry of read.feed.entries) {
      if (!entry) {
        events.push({ type: 'invalid', reason: `feed ${feed.name}: an item without guid, id nor link` });
        continue;
      }
      // The same guid twice in one answer is one item.
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const post = mapWebEntry(entry, feedContext);
      if (typeof post === 'string') {
        events.push({ type: 'invalid', reason: post });
        continue;
      }
      const { title, summary, content } = entryText(entry);
      if (!mentionsBrand(`${title}\n${summary}\n${content}`)) {
        filteredOut++;
        continue;
      }
      posts.push({ createdAt: post['createdAt'] as string, item: post });
    }
    posts.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const { item } of posts.slice(0, options.maxItemsPerPoll)) events.push({ type: 'upsert', item });
    return { outcome: { events, filteredOut }, validators: read.validators };
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const state = parseRssCursor(cursor);
      const events: SourceEvent[] = [];
      const failed = new Map<WebFeed, ConnectorError>();
      let notModified = 0;
      let filteredOut = 0;
      for (const feed of feeds) {
        try {
          const { outcome, validators } = await readFeed(feed, state[feed.url] ?? {}, signal);
          if (!outcome) {
            notModified++;
            continue;
          }
          events.push(...outcome.events);
          filteredOut += outcome.filteredOut;
          if (validators) state[feed.url] = validators;
        } catch (error) {
          if (!(error instanceof ConnectorError) || signal.aborted) throw error;
          failed.set(feed, error);
          context.log?.warn('rss feed failed', { feed: feed.name, kind: error.kind, error: error.message });
        }
      }
      if (failed.size === feeds.length)
        throw worstError(failed.values()) ?? new ConnectorError('network', 'no feed answered');
      const now = context.now();
      const minDelayMs = Math.max(0, ...feeds.map((f) => slowDownDelayMs(f.client.lastRateLimit, now)));
      return {
        events,
        cursor: formatRssCursor(
          state,
          feeds.map((f) => f.url),
        ),
        ...(minDelayMs > 0 ? { minDelayMs } : {}),
        budget: {
          feeds: feeds.length,
          notModified,
          filteredOut,
        },
        notes: [...failed].map(([f, e]) => ({
          code: 'rss.feed-failing',
          params: { feed: f.name, kind: e.kind },
          text: e.message.includes(f.name) ? e.message : `${f.name}: ${e.message}`,
        })),
      };
    },
  };
}

export const rssConnector: ConnectorDefinition<RssOptions> = {
  type: 'rss',
  label: 'Web mentions (RSS and Atom feeds: press, blogs, forums, Google Alerts, Reddit, YouTube)',
  networks: ['web'],
  optionsSchema: RssOptionsSchema,
  // Feeds change slowly and are someone else's servers: every 5 minutes; conditional GETs keep it cheap.
  defaultPollSeconds: 300,
  minPollSeconds: 60,
  defaultCachePolicy: { mode: 'persist' },
  create: createRssDriver,
};
