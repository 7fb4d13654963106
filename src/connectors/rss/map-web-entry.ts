// An RSS/Atom entry → a web mention (network 'web', kind 'mention'). Its key is a hash of the feed's URL
// and the entry's guid/id, so the same entry seen again in the same feed is the same post (edits update in
// place) and two feeds never collide. Plain text only: the title, then the summary, HTML turned into text
// by the shared feed helper. Pure.
import { createHash } from 'node:crypto';
import type { FeedEntry } from '../shared/feeds/feed-entry.ts';
import { htmlToText } from '../shared/feeds/html-to-text.ts';
import { isoUtc } from '../shared/epoch.ts';

/** Text kept from an item's summary: a card shows a few lines, not an article. */
export const MAX_SUMMARY_CHARS = 1000;
const MAX_MEDIA = 4;

export interface WebFeedContext {
  /** The configured URL, part of every key. */
  feedUrl: string;
  /** The label IT gave, else the feed's own title: the author of items that name none and link nowhere. */
  feedName: string;
  /** The feed's language ("fr-FR", "en"). */
  language?: string;
}

const hash = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 40);

export function webPostKey(feedUrl: string, entryId: string): string {
  return `web:${hash(`${feedUrl}\n${entryId}`)}`;
}

function httpUrl(value: string | undefined): URL | undefined {
  if (!value || !/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Google Alerts links go through https://www.google.com/url?…&url=<the article>: link the article itself. */
export function articleUrl(link: string | undefined): URL | undefined {
  const url = httpUrl(link);
  if (url && /(^|\.)google\.[a-z.]+$/i.test(url.hostname) && url.pathname === '/url')
    return httpUrl(url.searchParams.get('url') ?? url.searchParams.get('q') ?? undefined) ?? url;
  return url;
}

/** RSS's <author> is "jane@example.com (Jane Doe)": the name, never an e-mail address. */
function authorName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const named = /\(([^()]+)\)\s*$/.exec(raw)?.[1]?.trim();
  const name = (named ?? raw).trim();
  if (name === '' || /^[^\s@]+@[^\s@]+$/.test(name)) return undefined;
  return name.slice(0, 300);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The primary subtag of the feed's language ("fr-FR" → "fr"). */
function lang(language: string | undefined): string | undefined {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The title and summary as plain text (what the keyword filter reads too, with the full content). */
export function entryText(entry: FeedEntry): { title: string; summary: string; content: string } {
  const title = entry.title !== undefined ? htmlToText(entry.title) : '';
  const summary = htmlToText(entry.summary ?? entry.body ?? '');
  const content = entry.body !== undefined && entry.body !== entry.summary ? htmlToText(entry.body) : '';
  return { title, summary, content };
}

export function mapWebEntry(entry: FeedEntry, context: WebFeedContext): Record<string, unknown> | string {
  const createdAt = isoUtc(entry.published) ?? isoUtc(entry.updated);
  if (!createdAt) return `feed ${context.feedName}: item ${entry.id.slice(0, 80)} has no readable date`;
  const updatedAt = isoUtc(entry.updated);
  const { title, summary } = entryText(entry);
  const body = summary === title ? '' : shorten(summary, MAX_SUMMARY_CHARS);
  const text = [title, body].filter((s) => s !== '').join('\n\n');
  if (text === '') return `feed ${context.feedName}: item ${entry.id.slice(0, 80)} has neither title nor text`;
  const url = articleUrl(entry.link);
  const named = authorName(entry.author);
  const site = url?.hostname.replace(/^www\./, '');
  const author = named
    ? { id: `web-author:${hash(`${context.feedUrl}\n${named}`)}`, name: named }
    : { id: `web-site:${site ?? hash(context.feedUrl)}`, name: site ?? context.feedName };
  const media = (entry.media ?? [])
    .filter((m) => m.isImage && httpUrl(m.url))
    .slice(0, MAX_MEDIA)
    .map((m) => ({
      type: 'image',
      url: m.url,
      ...(m.alt ? { alt: htmlToText(m.alt).slice(0, 2000) } : {}),
      ...(m.width ? { width: m.width } : {}),
      ...(m.height ? { height: m.height } : {}),
    }));
  const language = lang(context.language);
  return {
    key: webPostKey(context.feedUrl, entry.id),
    network: 'web',
    kind: 'mention',
    ...(url ? { url: url.href } : {}),
    author: { ...author, ...(site && url ? { profileUrl: url.origin } : {}), isBrand: false },
    text,
    ...(language ? { lang: language } : {}),
    media,
    createdAt,
    ...(updatedAt && updatedAt > createdAt ? { editedAt: updatedAt } : {}),
  };
}
