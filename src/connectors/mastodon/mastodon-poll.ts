// One poll of every configured instance: the hashtag timelines and the brand's own statuses (each from its
// newest page, then forwards from its high-water mark: timeline-reader.ts), the statuses those pages should
// have listed and did not asked for by id (deleted → delete), and now and then a re-check of a few recent
// statuses in rotation (deleted → delete, edited → latest text), for those older than a page.
import { ConnectorError, type PollRequest, type PollResult, type SourceEvent, type SourceNote } from '../connector.ts';
import { rateLimitBudget, slowDownDelayMs } from '../shared/rate-limit.ts';
import { emptyMastodonCursor, mastodonCursor, type MastodonCursor, type RecentStatus } from './mastodon-cursor.ts';
import { BrandAccounts } from './brand-accounts.ts';
import { MastodonNotFound, type MastodonInstance } from './mastodon-instance.ts';
import type { MastodonOptions } from './mastodon-options.ts';
import type { StatusRegistry } from './status-registry.ts';
import { TimelineReader } from './timeline-reader.ts';
import { worstError } from '../shared/worst-error.ts';

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
    const reader = new TimelineReader(this.options, this.registry, state, events, emitted, signal);

    // What was read is kept whatever fails after it: one instance, one hashtag or one account failing fails
    // only itself (shown in the health); the poll fails only when nothing at all could be read.
    let readSomething = false;
    for (const instance of this.instances) {
      try {
        for (const tag of this.options.hashtags) {
          await this.readTag(reader, instance, tag, state);
          readSomething = true;
        }
        for (const acct of homes.get(instance) ?? [])
          readSomething = (await this.readBrand(reader, instance, acct, state, signal)) || readSomething;
      } catch (error) {
        if (!(error instanceof ConnectorError) || signal.aborted) throw error;
        failed.set(instance, error);
      }
    }
    const worst = readSomething ? undefined : worstError(failed.values());
    if (worst) throw worst;
    const suspects = reader.suspects().slice(0, this.options.recheckCount);
    // Still there though their timeline no longer lists them (their hashtag edited out): suspects no more.
    for (const entry of await this.checkById(suspects, state, failed, events, signal)) delete entry.timeline;
    if (state.polls % this.options.recheckEveryPolls === 0) {
      const batch = this.rotation(state).filter((r) => !suspects.includes(r));
      await this.checkById(batch, state, failed, events, signal);
    }

    return { events, cursor: mastodonCursor.format(state), ...this.pacing(failed) };
  }

  private async readTag(reader: TimelineReader, instance: MastodonInstance, tag: string, state: MastodonCursor) {
    const name = `${instance.url} ${tag}`;
    const path = `/api/v1/timelines/tag/${encodeURIComponent(tag)}`;
    const highWater = state.newestByHashtag[name];
    const newest = await reader.read({ instance, path, params: {}, name, highWater });
    if (newest) state.newestByHashtag[name] = newest;
  }

  /** The brand account's own statuses (its answers); false when the instance does not know the account. */
  private async readBrand(
    reader: TimelineReader,
    instance: MastodonInstance,
    acct: string,
    state: MastodonCursor,
    signal: AbortSignal,
  ): Promise<boolean> {
    const id = await this.brand.idOn(instance, acct, signal);
    if (id === undefined) return false;
    const name = `${instance.url} ${acct}`;
    const path = `/api/v1/accounts/${encodeURIComponent(id)}/statuses`;
    const highWater = state.newestByBrandAccount[name];
    const newest = await reader.read({ instance, path, params: { exclude_reblogs: true }, name, highWater });
    if (newest) state.newestByBrandAccount[name] = newest;
    return true;
  }

  /** The next few recent statuses in rotation, so that each one's turn comes. */
  private rotation(state: MastodonCursor): RecentStatus[] {
    const count = Math.min(this.options.recheckCount, state.recent.length);
    if (count === 0) return [];
    const start = state.recheckOffset % state.recent.length;
    state.recheckOffset = start + count;
    return [...state.recent, ...state.recent].slice(start, start + count);
  }

  /** Statuses asked for by id: a 404 means the author deleted it; an answer carries the latest edit (returned). */
  private async checkById(
    batch: readonly RecentStatus[],
    state: MastodonCursor,
    failed: Map<MastodonInstance, ConnectorError>,
    events: SourceEvent[],
    signal: AbortSignal,
  ): Promise<RecentStatus[]> {
    const present: RecentStatus[] = [];
    for (const entry of batch) {
      const instance = this.instances.find((i) => i.url === entry.instance);
      if (!instance || failed.has(instance)) continue;
      try {
        const answer = await instance.get<unknown>(`/api/v1/statuses/${encodeURIComponent(entry.id)}`, { signal });
        const read = await this.registry.read(instance, answer.data, signal);
        if (read.event.type === 'upsert') events.push(read.event);
        present.push(entry);
      } catch (error) {
        if (!(error instanceof MastodonNotFound)) {
          if (error instanceof ConnectorError && !signal.aborted) continue;
          throw error;
        }
        events.push({ type: 'delete', key: entry.key });
        state.recent = state.recent.filter((r) => r.key !== entry.key);
      }
    }
    return present;
  }

  /** Spreads the calls so that each instance's remaining budget lasts until its window resets. */
  private pacing(failed: Map<MastodonInstance, ConnectorError>): Pick<PollResult, 'minDelayMs' | 'budget' | 'notes'> {
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
    const notes: SourceNote[] = [...failed].map(([i, e]) => ({
      code: 'mastodon.instance-failing',
      params: { instance: i.host, kind: e.kind },
      text: `${i.host}: ${e.message}`,
    }));
    return { ...(minDelayMs > 0 ? { minDelayMs } : {}), budget, notes: [...notes, ...this.brand.notes()] };
  }
}
