// An RSS/Atom entry → a site review post. Its key comes from the guid/id (hashed when it is not usable as
// a key), so the same entry seen again is the same post. Pure.
import { createHash } from 'node:crypto';
import { isoUtc } from '../../shared/epoch.ts';
import type { FeedEntry } from '../../shared/feeds/feed-entry.ts';
import { htmlToText } from '../../shared/feeds/html-to-text.ts';

export function feedEntryId(id: string): string {
  return /^\S{1,200}$/.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 40);
}

export function mapFeedEntry(entry: FeedEntry, defaultAuthorName: string): Record<string, unknown> | string {
  const createdAt = isoUtc(entry.published);
  if (!createdAt) return `feed entry ${entry.id.slice(0, 80)}: no readable publication date`;
  const id = feedEntryId(entry.id);
  const updatedAt = isoUtc(entry.updated);
  const body = entry.body !== undefined ? htmlToText(entry.body) : '';
  const title = entry.title !== undefined ? htmlToText(entry.title) : '';
  const text = [title, body].filter((s) => s !== '').join('\n\n');
  const url = entry.link && /^https?:\/\//i.test(entry.link) ? entry.link : undefined;
  return {
    key: `site:${id}`,
    network: 'site',
    kind: 'review',
    ...(url ? { url } : {}),
    author: { id: `site-customer:${id}`, name: entry.author ?? defaultAuthorName, isBrand: false },
    text,
    ...(entry.rating !== undefined ? { rating: entry.rating } : {}),
    createdAt,
    ...(updatedAt && updatedAt !== createdAt ? { editedAt: updatedAt } : {}),
  };
}
