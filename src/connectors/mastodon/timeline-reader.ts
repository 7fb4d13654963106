// How one poll reads a timeline of an instance (a hashtag's, or a brand account's own statuses). A first sync
// reads the newest page(s) backwards (max_id). Afterwards every poll reads the newest page first, which also
// follows what is already on the wall at no extra call: a status whose `edited_at` moved is emitted again
// (its latest text), and one missing from the page where it should be is a suspect, confirmed gone by id
// (a 404) by the poller. When more statuses arrived than a page holds, it reads forwards from the high-water
// mark (min_id, page after page) until it meets that newest page, so a burst is never skipped; what it
// could not reach in `maxPages` is read at the next poll (the high-water mark stays below the gap).
import { ConnectorError, type SourceEvent } from '../connector.ts';
import type { HeaderBag } from '../shared/rate-limit.ts';
import { linkParam, parseLinkHeader } from '../shared/link-header.ts';
import { rememberRecent, type MastodonCursor, type RecentStatus } from './mastodon-cursor.ts';
import { compareDecimalIds, maxDecimalId } from '../shared/decimal-ids.ts';
import type { MastodonInstance } from './mastodon-instance.ts';
import type { MastodonOptions } from './mastodon-options.ts';
import { shownStatus } from './mastodon-status.ts';
import type { StatusRegistry } from './status-registry.ts';

const PAGE = 40;

export interface Timeline {
  instance: MastodonInstance;
  path: string;
  params: Record<string, string | number | boolean>;
  /** Names the timeline in the cursor ("instanceUrl tag", "instanceUrl acct"): its high-water mark's key. */
  name: string;
  highWater: string | undefined;
}

function linkHeader(headers: HeaderBag): string | undefined {
  const value = headers['link'] ?? headers['Link'];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(', ') : String(value);
}

function idOf(raw: unknown): string | undefined {
  return raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
}

/** A listed status's last edit, read without mapping it (a boost's is its original's). */
function editedAtOf(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const shown = 'reblog' in raw && raw.reblog && typeof raw.reblog === 'object' ? raw.reblog : raw;
  return 'edited_at' in shown && typeof shown.edited_at === 'string' ? shown.edited_at : undefined;
}

function asList(data: unknown, host: string): unknown[] {
  if (!Array.isArray(data))
    throw new ConnectorError('invalid-response', `Mastodon ${host} sent a timeline that is not a list`);
  return data;
}

export class TimelineReader {
  /** Keys of the statuses the timelines listed this poll (they exist). */
  private readonly listed = new Set<string>();
  /** Per timeline read from its newest page: the oldest id that page reaches (null: it holds the whole timeline). */
  private readonly reach = new Map<string, string | null>();

  constructor(
    private readonly options: MastodonOptions,
    private readonly registry: StatusRegistry,
    private readonly state: MastodonCursor,
    private readonly events: SourceEvent[],
    private readonly emitted: Set<string>,
    private readonly signal: AbortSignal,
  ) {}

  /** Reads the timeline; returns its new high-water mark. */
  async read(t: Timeline): Promise<string | undefined> {
    if (!t.highWater) return this.backfill(t);
    const answer = await t.instance.get<unknown>(t.path, { params: { ...t.params, limit: PAGE }, signal: this.signal });
    const items = asList(answer.data, t.instance.host);
    const ids = items.map(idOf).filter((id): id is string => id !== undefined);
    const oldest = ids.reduce<string | undefined>(
      (a, b) => (a === undefined || compareDecimalIds(b, a) < 0 ? b : a),
      undefined,
    );
    this.reach.set(t.name, items.length < PAGE ? null : (oldest ?? null));
    for (const raw of items) await this.take(t, raw, t.highWater);
    const newest = ids.reduce<string | undefined>(maxDecimalId, t.highWater);
    // A full page of statuses all newer than the mark: some in between are not read yet.
    const gap = items.length >= PAGE && oldest !== undefined && compareDecimalIds(oldest, t.highWater) > 0;
    if (!gap) return newest;
    const caughtUp = await this.forward(t, oldest);
    return caughtUp.done ? newest : caughtUp.newest;
  }

  /**
   * Statuses of the timelines read this poll that their newest page should have listed and did not: deleted,
   * or their hashtag edited out. The poller asks for each by id.
   */
  suspects(): RecentStatus[] {
    return this.state.recent.filter((r) => {
      if (r.timeline === undefined || this.listed.has(r.key) || !this.reach.has(r.timeline)) return false;
      const oldest = this.reach.get(r.timeline);
      return oldest === null || (oldest !== undefined && compareDecimalIds(r.id, oldest) >= 0);
    });
  }

  /** First sync: the newest page(s), backwards with max_id. */
  private async backfill(t: Timeline): Promise<string | undefined> {
    let newest: string | undefined;
    let maxIdParam: string | undefined;
    for (let page = 0; page < this.options.backfillPages; page++) {
      const params = { ...t.params, limit: PAGE, ...(maxIdParam ? { max_id: maxIdParam } : {}) };
      const answer = await t.instance.get<unknown>(t.path, { params, signal: this.signal });
      const items = asList(answer.data, t.instance.host);
      for (const raw of items) {
        newest = maxDecimalId(newest, idOf(raw));
        await this.take(t, raw, undefined);
      }
      if (items.length < PAGE) break;
      maxIdParam = linkParam(parseLinkHeader(linkHeader(answer.headers))['next'], 'max_id');
      if (!maxIdParam) break;
    }
    return newest;
  }

  /** From the high-water mark forwards (min_id, rel="prev"), until the newest page read (`until`) is met. */
  private async forward(t: Timeline, until: string): Promise<{ done: boolean; newest: string | undefined }> {
    let newest = t.highWater;
    let minId = t.highWater;
    // The newest page was one of the poll's pages; at least one more, or a burst would never be caught up.
    for (let page = 0; page < Math.max(1, this.options.maxPages - 1); page++) {
      const params = { ...t.params, limit: PAGE, ...(minId ? { min_id: minId } : {}) };
      const answer = await t.instance.get<unknown>(t.path, { params, signal: this.signal });
      const items = asList(answer.data, t.instance.host);
      for (const raw of items) {
        newest = maxDecimalId(newest, idOf(raw));
        await this.take(t, raw, t.highWater);
      }
      if (items.length < PAGE || (newest !== undefined && compareDecimalIds(newest, until) >= 0))
        return { done: true, newest };
      minId = linkParam(parseLinkHeader(linkHeader(answer.headers))['prev'], 'min_id') ?? newest;
    }
    return { done: false, newest };
  }

  /**
   * One listed status: a new one is emitted and remembered; one seen before only when it was edited since
   * (an unchanged one is not even mapped: the newest pages are read at every poll).
   */
  private async take(t: Timeline, raw: unknown, highWater: string | undefined): Promise<void> {
    const id = idOf(raw);
    const instance = t.instance.url;
    if (id !== undefined && highWater !== undefined && compareDecimalIds(id, highWater) <= 0) {
      // Seen before: compared with what was remembered of it (older than the recent ones: left alone).
      const known = this.state.recent.find((r) => r.instance === instance && r.id === id);
      if (!known) return;
      this.listed.add(known.key);
      if (known.editedAt === editedAtOf(raw)) return;
    }
    const read = await this.registry.read(t.instance, raw, this.signal);
    if (!read.key || !read.status) {
      if (id === undefined || highWater === undefined || compareDecimalIds(id, highWater) > 0)
        this.events.push(read.event);
      return;
    }
    this.listed.add(read.key);
    const editedAt = shownStatus(read.status).edited_at ?? undefined;
    const entry = { instance, id: read.status.reblog?.id ?? read.status.id, key: read.key, timeline: t.name };
    rememberRecent(this.state, { ...entry, ...(editedAt ? { editedAt } : {}) }, this.options.recentLimit);
    if (this.emitted.has(read.key)) return;
    this.emitted.add(read.key);
    this.events.push(read.event);
  }
}
