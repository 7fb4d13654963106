// Follows the hub: reads its panels, statistics and sources' health, then its live stream, and keeps it all on
// the store PC (posts in the local store through HubMirror, the rest in follower-state.json). The stream resumes
// with Last-Event-ID; when the hub cannot replay what was missed (it says `reset`: it restarted, another of its
// processes answers, or we were away too long), or on a first start, the panels' posts are read again (catch-up).
// When the hub is out of reach the store PC keeps showing what it has, says since when it is offline, and tries
// again (1 s, doubling to 30 s, with jitter so that a thousand stores do not knock at once); a revoked token
// stops it (pairing again is IT's).
import type { PanelsResponse, StreamEvent } from '../../../shared/api-contract.ts';
import type { HubLink, SourceHealth } from '../../../shared/health.ts';
import type { Post } from '../../../shared/post.ts';
import type { ChangeFeed } from '../../engine/change-feed.ts';
import type { Timers } from '../../engine/source-runner.ts';
import type { Logger } from '../../logger.ts';
import type { FollowerState, FollowerStateFile } from './follower-state-file.ts';
import { HubError, type HubClient } from './hub-client.ts';
import { readHubEvents, type HubMessage } from './hub-event-stream.ts';
import { HubLinkState } from './hub-link-state.ts';
import { BACKFILL_LIMIT, type HubMirror } from './hub-mirror.ts';
import { readHubEvent, readHubPost } from './read-hub-event.ts';

export interface HubFollowerDeps {
  client: HubClient;
  mirror: HubMirror;
  feed: ChangeFeed;
  stateFile: FollowerStateFile;
  state: FollowerState;
  timers: Timers;
  logger: Logger;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/** The wait before the n-th retry in a row: doubling from 1 s to 30 s, ±20 % so that stores spread out. */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export class HubFollower {
  readonly link: HubLinkState;
  /** Messages from the hub that could not be read (skipped), since start. */
  skipped = 0;
  private readonly state: FollowerState;
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private retryTimer: unknown;
  private failures = 0;
  /** The last moment bytes came from the hub (the keep-alive included): the link is down since then. */
  private lastHeardMs: number | undefined;
  private firstSync: Promise<void>;
  private firstSyncDone: () => void = () => {};

  constructor(private readonly deps: HubFollowerDeps) {
    this.state = deps.state;
    this.link = new HubLinkState(
      () => deps.timers.now(),
      (link) => this.onLink(link),
      deps.state.link,
    );
    this.firstSync = new Promise((resolve) => (this.firstSyncDone = resolve));
  }

  get panels(): PanelsResponse | undefined {
    return this.state.panels;
  }

  get stats(): FollowerState['stats'] {
    return this.state.stats;
  }

  get sources(): SourceHealth[] {
    return this.state.sources ?? [];
  }

  start(): void {
    this.running ??= this.run();
  }

  /** Resolves once the hub was read once, or after `waitMs` (out of reach: the screens show what is kept). */
  settled(waitMs: number): Promise<void> {
    return Promise.race([this.firstSync, new Promise<void>((r) => this.deps.timers.setTimeout(r, waitMs))]);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    this.deps.timers.clearTimeout(this.retryTimer);
    this.wake?.();
    await this.running;
    this.save();
  }

  private async run(): Promise<void> {
    const { client, logger } = this.deps;
    while (!this.abort.signal.aborted) {
      try {
        await readHubEvents(
          client,
          this.state.lastEventId,
          {
            onOpen: () => this.onOpen(),
            onMessage: (m) => this.onMessage(m),
            onHeard: () => (this.lastHeardMs = this.deps.timers.now()),
          },
          this.abort.signal,
        );
        // The hub ended the stream (it stops, or cut a slow reader): the next try resumes at once.
        this.failures = 0;
      } catch (err) {
        if (this.abort.signal.aborted) break;
        const error = err instanceof HubError ? err : new HubError('unreachable', (err as Error).message);
        if (error.kind === 'revoked') {
          logger.error('follower: the hub refused this store’s token; pair it again (--pair CODE)', {
            error: error.message,
          });
          this.link.revoked();
          this.firstSyncDone();
          return;
        }
        this.failures++;
        if (this.link.current.state === 'online')
          logger.warn('follower: the hub is out of reach', { error: error.message });
        this.link.down(this.lastHeardMs);
        this.firstSyncDone();
      }
      await this.pause(this.failures === 0 ? 0 : retryDelayMs(this.failures));
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.abort.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
      this.retryTimer = this.deps.timers.setTimeout(resolve, ms);
    });
  }

  /** The stream is open: the link is up; without an id to resume from, read everything first. */
  private async onOpen(): Promise<void> {
    this.failures = 0;
    this.lastHeardMs = this.deps.timers.now();
    this.link.up();
    if (this.state.lastEventId === undefined || this.state.panels === undefined) await this.catchUp();
    this.firstSyncDone();
  }

  private async onMessage(message: HubMessage): Promise<void> {
    const read = readHubEvent(message.event, message.data);
    if (!read.ok) {
      this.skipped++;
      this.deps.logger.warn('follower: skipped a message of the hub', { reason: read.reason });
    } else await this.apply(read.event);
    if (message.id) this.state.lastEventId = message.id;
    this.saveSoon();
  }

  private async apply(event: StreamEvent): Promise<void> {
    const { mirror, feed } = this.deps;
    switch (event.type) {
      case 'post':
        return mirror.apply([event.data.post]);
      case 'remove':
        return mirror.remove(event.data.key, event.data.reason);
      case 'health': {
        const sources = this.sources.filter((s) => s.sourceId !== event.data.source.sourceId);
        this.state.sources = [...sources, event.data.source];
        feed.publish(event);
        return;
      }
      case 'stats':
        this.state.stats = event.data.stats;
        feed.publish(event);
        return;
      case 'reset':
        this.deps.logger.info('follower: the hub cannot replay what was missed; catching up', {
          reason: event.data.reason,
        });
        return this.catchUp();
      case 'panels':
        return this.catchUp();
      case 'link':
        return;
    }
  }

  /** Everything read again: panels and brand, statistics, sources' health, each panel's newest posts. */
  private async catchUp(): Promise<void> {
    const { client, mirror, feed } = this.deps;
    const signal = this.abort.signal;
    const panels = await client.get('/api/panels', '/api/panels', signal);
    const changed = JSON.stringify(panels) !== JSON.stringify(this.state.panels);
    this.state.panels = panels;
    await mirror.catchUp(panels.panels, async (id) => {
      const path = `/api/panels/${encodeURIComponent(id)}/posts?limit=${BACKFILL_LIMIT}` as const;
      const { posts } = await client.get('/api/panels/:id/posts', path, signal);
      return readPosts(posts, () => this.skipped++);
    });
    this.state.stats = await client.get('/api/stats', '/api/stats', signal);
    feed.publish({ type: 'stats', data: { stats: this.state.stats } });
    this.state.sources = await this.hubSources(signal);
    if (changed) feed.publish({ type: 'panels', data: { reason: 'settings' } });
    this.save();
  }

  /** The hub's sources' health, for the header's dots; a hub that does not share it leaves them out. */
  private async hubSources(signal: AbortSignal): Promise<SourceHealth[]> {
    try {
      return (await this.deps.client.get('/api/health', '/api/health', signal)).sources;
    } catch (err) {
      if (err instanceof HubError && err.kind === 'refused') return [];
      throw err;
    }
  }

  private onLink(link: HubLink): void {
    this.state.link = link;
    this.deps.feed.publish({ type: 'link', data: { link } });
    this.save();
  }

  private saveTimer: unknown;
  /** At most once a second while events stream in (the id to resume from; figures). */
  private saveSoon(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = this.deps.timers.setTimeout(() => this.save(), 1_000);
  }

  private save(): void {
    this.deps.timers.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      this.deps.stateFile.write(this.state);
    } catch (err) {
      this.deps.logger.warn('follower: its state could not be written (kept in memory)', { error: err });
    }
  }
}

function readPosts(raw: unknown, skipped: () => void): Post[] {
  if (!Array.isArray(raw)) throw new HubError('bad-answer', 'The hub sent a panel’s posts without a list.');
  return raw.flatMap((item) => {
    const read = readHubPost(item);
    if (!read.ok) skipped();
    return read.ok ? [read.post] : [];
  });
}
