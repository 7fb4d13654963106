// One poll of every configured instance: the hashtag timelines forward from their high-water marks
// (min_id paging, so a burst is read over several polls and never skipped), the brand's own statuses,
// and now and then a re-check of recent statuses (deleted → delete, edited → latest text).
import { ConnectorError, type PollRequest, type PollResult, type SourceEvent } from '../connector.ts';
import type { HeaderBag } from '../shared/rate-limit.ts';
import { rateLimitBudget, slowDownDelayMs } from '../shared/rate-limit.ts';
import { linkParam, parseLinkHeader } from '../shared/link-header.ts';
import { emptyMastodonCursor, mastodonCursor, rememberRecent, type MastodonCursor } from './mastodon-cursor.ts';
import { compareIds, maxId } from './mastodon-ids.ts';
import { BrandAccounts } from './brand-accounts.ts';
import { MastodonNotFound, type MastodonInstance } from './mastodon-instance.ts';
import type { MastodonOptions } from './mastodon-options.ts';
import type { StatusRegistry } from './status-registry.ts';
import { worstError } from '../shared/worst-error.ts';

const PAGE = 40;

function linkHeader(headers: HeaderBag): string | undefined {
  const value = headers['link'] ?? headers['Link'];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(', ') : String(value);
}

function idOf(raw: unknown): string | undefined {
  return raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
}

function asList(data: unknown, host: string): unknown[] {
  if (!Array.isArray(data))
    throw new ConnectorError('invalid-response', `Mastodon ${host} sent a timeline that is not a list`);
  return data;
}

export class MastodonPoller {
  private readonly brand: BrandAccounts;

  constructor(
    private readonly options: MastodonOptions,
    private readonly instances: readonly MastodonInstance[],
    private readonly registry: StatusRegistry,
    private readonly now: () => number,
  ) {
    this.brand = new BrandAccounts(options.brandAccounts, instances, now);
  }

  async poll({ cursor, signal }: PollRequest): Promise<PollResult> {
    const state = mastodonCursor.parse(cursor) ?? emptyMastodonCursor();
    // Ids from the cursor: a streamed delete or a reply after a restart still finds its key.
    for (const r of state.recent) this.registry.remember(r.instance, r.id, r.key);
    state.polls += 1;
    const events: SourceEvent[] = [];
    const emitted = new Set<string>();
    const failed = new Map<MastodonInstance, ConnectorError>();
    for (const instance of this.instances) instance.calls = 0;
    const homes = await this.brand.byHome(signal);

    // What was read is kept whatever fails after it: one instance, one hashtag or one account failing fails
    // only itself (shown in the health); the poll fails only when nothing at all could be read.
    let readSomething = false;
    for (const instance of this.instances) {
      try {
        for (const tag of this.options.hashtags) {
          await this.readTag(instance, tag, state, events, emitted, signal);
          readSomething = true;
        }
        for (const acct of homes.get(instance) ?? [])
          readSomething = (await this.readBrand(instance, acct, state, events, emitted, signal)) || readSomething;
      } catch (error) {
        if (!(error instanceof ConnectorError) || signal.aborted) throw error;
        failed.set(instance, error);
      }
    }
    const worst = readSomething ? undefined : worstError(failed.values());
    if (worst) throw worst;
    if (state.polls % this.options.recheckEveryPolls === 0) await this.recheck(state, failed, events, signal);

    return { events, cursor: mastodonCursor.format(state), ...this.pacing(failed) };
  }

  private async readTag(
    instance: MastodonInstance,
    tag: string,
    state: MastodonCursor,
    events: SourceEvent[],
    emitted: Set<string>,
    signal: AbortSignal,
  ): Promise<void> {
    const hwKey = `${instance.url} ${tag}`;
    const newest = await this.readTimeline(
      instance,
      `/api/v1/timelines/tag/${encodeURIComponent(tag)}`,
      {},
      state.newestByHashtag[hwKey],
      state,
      events,
      emitted,
      signal,
    );
    if (newest) state.newestByHashtag[hwKey] = newest;
  }

  /** The brand account's own statuses (its answers); false when the instance does not know the account. */
  private async readBrand(
    instance: MastodonInstance,
    acct: string,
    state: MastodonCursor,
    events: SourceEvent[],
    emitted: Set<string>,
    signal: AbortSignal,
  ): Promise<boolean> {
    const id = await this.brand.idOn(instance, acct, signal);
    if (id === undefined) return false;
    const hwKey = `${instance.url} ${acct}`;
    const path = `/api/v1/accounts/${encodeURIComponent(id)}/statuses`;
    const newest = await this.readTimeline(
      instance,
      path,
      { exclude_reblogs: true },
      state.newestByBrandAccount[hwKey],
      state,
      events,
      emitted,
      signal,
    );
    if (newest) state.newestByBrandAccount[hwKey] = newest;
    return true;
  }

  /**
   * First sync: the newest page(s), backwards with max_id. Afterwards: forwards from the high-water mark
   * with min_id, page after page (rel="prev"), so nothing between two polls is skipped. Returns the newest id.
   */
  private async readTimeline(
    instance: MastodonInstance,
    path: string,
    extra: Record<string, string | number | boolean>,
    highWater: string | undefined,
    state: MastodonCursor,
    events: SourceEvent[],
    emitted: Set<string>,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    let newest = highWater;
    let minId = highWater;
    let maxIdParam: string | undefined;
    const pages = highWater ? this.options.maxPages : this.options.backfillPages;
    for (let page = 0; page < pages; page++) {
      const params = {
        ...extra,
        limit: PAGE,
        ...(minId ? { min_id: minId } : {}),
        ...(maxIdParam ? { max_id: maxIdParam } : {}),
      };
      const answer = await instance.get<unknown>(path, { params, signal });
      const items = asList(answer.data, instance.host);
      for (const raw of items) {
        const id = idOf(raw);
        if (id && highWater && compareIds(id, highWater) <= 0) continue;
        newest = maxId(newest, id);
        const read = await this.registry.read(instance, raw, signal);
        if (read.key && read.status) {
          rememberRecent(
            state,
            { instance: instance.url, id: read.status.reblog?.id ?? read.status.id, key: read.key },
            this.options.recentLimit,
          );
          if (emitted.has(read.key)) continue;
          emitted.add(read.key);
        }
        events.push(read.event);
      }
      if (items.length < PAGE) break;
      const links = parseLinkHeader(linkHeader(answer.headers));
      if (highWater) {
        minId = linkParam(links['prev'], 'min_id') ?? newest;
        maxIdParam = undefined;
      } else {
        maxIdParam = linkParam(links['next'], 'max_id');
        if (!maxIdParam) break;
      }
    }
    return newest;
  }

  /** A few recent statuses, in rotation: a 404 means the author deleted it; an answer carries the latest edit. */
  private async recheck(
    state: MastodonCursor,
    failed: Map<MastodonInstance, ConnectorError>,
    events: SourceEvent[],
    signal: AbortSignal,
  ): Promise<void> {
    const count = Math.min(this.options.recheckCount, state.recent.length);
    if (count === 0) return;
    const start = state.recheckOffset % state.recent.length;
    const batch = [...state.recent, ...state.recent].slice(start, start + count);
    state.recheckOffset = start + count;
    for (const entry of batch) {
      const instance = this.instances.find((i) => i.url === entry.instance);
      if (!instance || failed.has(instance)) continue;
      try {
        const answer = await instance.get<unknown>(`/api/v1/statuses/${encodeURIComponent(entry.id)}`, { signal });
        const read = await this.registry.read(instance, answer.data, signal);
        if (read.event.type === 'upsert') events.push(read.event);
      } catch (error) {
        if (!(error instanceof MastodonNotFound)) {
          if (error instanceof ConnectorError && !signal.aborted) continue;
          throw error;
        }
        events.push({ type: 'delete', key: entry.key });
        state.recent = state.recent.filter((r) => r.key !== entry.key);
      }
    }
  }

  /** Spreads the calls so that each instance's remaining budget lasts until its window resets. */
  private pacing(failed: Map<MastodonInstance, ConnectorError>): Pick<PollResult, 'minDelayMs' | 'budget'> {
    const now = this.now();
    let minDelayMs = 0;
    let tightest: MastodonInstance | undefined;
    for (const instance of this.instances) {
      const rl = instance.client.lastRateLimit;
      minDelayMs = Math.max(minDelayMs, slowDownDelayMs(rl, now) * Math.max(1, instance.calls));
      if (rl.remaining !== undefined && (tightest?.client.lastRateLimit.remaining ?? Infinity) > rl.remaining)
        tightest = instance;
    }
    const budget: Record<string, number | string> = tightest
      ? { ...rateLimitBudget(tightest.client.lastRateLimit), rateLimitInstance: tightest.host }
      : {};
    budget['failingInstances'] = [...failed].map(([i, e]) => `${i.host}: ${e.message}`).join('; ');
    budget['failingAccounts'] = this.brand.failures();
    return { ...(minDelayMs > 0 ? { minDelayMs } : {}), budget };
  }
}
