// validate → moderate → enrich → store → stream, for what one poll of one source brought.
// Work is cut into chunks with a yield to the event loop between them, so that a large backfill never
// freezes the server or the live stream. A post a moderation rule hides is stored 'hidden' (counted, logged in
// the audit) and never streamed; one that was on the wall and is now hidden leaves the screens.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { SourceEvent } from '../../connectors/connector.ts';
import type { Refusal } from '../../shared/health.ts';
import type { Post } from '../../shared/post.ts';
import type { Logger } from '../logger.ts';
import type { PostWriter } from '../store/store-api.ts';
import type { ChangeFeed } from './change-feed.ts';
import { PostEnricher } from './enrich/enrich-posts.ts';
import { moderatePosts } from './moderate/moderate-posts.ts';
import { TRANSPARENT_POLICY, type ModerationPolicy } from './moderate/moderation-policy.ts';
import { validateCandidates, type SourceStamp } from './validate-candidates.ts';
import { warmUpCandidates } from './warm-up-posts.ts';

export interface IngestReport {
  accepted: number;
  /** Posts inserted or changed (what the screens were told about). */
  changed: number;
  removed: number;
  invalid: number;
  /** Why the last refused item was refused (absent when none was). */
  lastRefusal?: Refusal;
  /** Posts a moderation rule hid (stored, counted, never shown). */
  hidden: number;
}

export interface IngestPipelineOptions {
  writer: PostWriter;
  feed: ChangeFeed;
  logger: Logger;
  /** Posts handled between two yields to the event loop (50 by default). */
  chunkSize?: number;
  /** Called after a submission that changed something (the stats follow). */
  onChange?: () => void;
  /** The rules in force (they change with the settings); none by default. */
  moderation?: () => ModerationPolicy;
}

export class IngestPipeline {
  private readonly enricher = new PostEnricher();
  private readonly writer: PostWriter;
  private readonly feed: ChangeFeed;
  private readonly logger: Logger;
  private readonly chunkSize: number;
  private readonly onChange: () => void;
  private readonly moderation: () => ModerationPolicy;

  constructor(options: IngestPipelineOptions) {
    this.writer = options.writer;
    this.feed = options.feed;
    this.logger = options.logger;
    // 100 held the loop 30–45 ms of CPU on a quiet machine (issue 14, finding 9); 50 halves that.
    this.chunkSize = options.chunkSize ?? 50;
    this.onChange = options.onChange ?? (() => {});
    this.moderation = options.moderation ?? (() => TRANSPARENT_POLICY);
  }

  async submit(events: readonly SourceEvent[], stamp: SourceStamp): Promise<IngestReport> {
    const report: IngestReport = { accepted: 0, changed: 0, removed: 0, invalid: 0, hidden: 0 };
    for (let start = 0; start < events.length; start += this.chunkSize) {
      if (start > 0) await yieldToLoop();
      const { posts, deletes, invalid, repaired } = validateCandidates(
        events.slice(start, start + this.chunkSize),
        stamp,
      );
      for (const { code, detail } of invalid)
        this.logger.warn('invalid item skipped', { sourceId: stamp.sourceId, code, reason: detail });
      for (const { key, repairs } of repaired)
        this.logger.debug('post shown without what it could not show safely', {
          sourceId: stamp.sourceId,
          key,
          repairs,
        });
      report.invalid += invalid.length;
      report.lastRefusal = invalid.at(-1) ?? report.lastRefusal;
      report.accepted += posts.length;
      const moderated = moderatePosts(posts, this.moderation());
      report.hidden += moderated.hiddenBy.size;
      report.changed += await this.store(this.enricher.enrich(moderated.posts), moderated.hiddenBy);
      report.removed += await this.remove(deletes);
    }
    if (report.changed || report.removed || report.hidden) this.onChange();
    return report;
  }

  /**
   * Validates and classifies a few sample posts (warm-up-posts.ts), one a turn, storing nothing: zod compiles
   * PostSchema's checks and the classifiers' code is compiled before the sources' first poll, whose first chunk
   * would otherwise hold the event loop several times longer than the others.
   */
  async warmUp(): Promise<void> {
    const now = new Date().toISOString();
    const stamp: SourceStamp = { sourceId: 'warm-up', cachePolicy: { mode: 'memory' }, fetchedAt: now };
    for (const item of warmUpCandidates(now)) {
      await yieldToLoop();
      const { posts } = validateCandidates([{ type: 'upsert', item }], stamp);
      this.enricher.enrich(moderatePosts(posts, this.moderation()).posts);
    }
  }

  /** Writes validated, enriched posts (used by submit, and by tools that bring their own). */
  async store(posts: readonly Post[], hiddenBy: ReadonlyMap<string, string> = new Map()): Promise<number> {
    if (!posts.length) return 0;
    const outcomes = await this.writer.upsertMany(posts, hiddenBy);
    let changed = 0;
    outcomes.forEach((outcome, i) => {
      const post = posts[i];
      if (!post || (outcome.change !== 'inserted' && outcome.change !== 'updated')) return;
      const state = outcome.state ?? post.state;
      if (state === 'live') {
        changed++;
        const shown = post.state === 'live' ? post : { ...post, state };
        this.feed.publish(
          { type: 'post', data: { post: shown } },
          outcome.json === undefined ? undefined : `{"post":${outcome.json}}`,
        );
      } else if (state === 'hidden' && outcome.previous === 'live') {
        // An edit a rule hides: the screens drop the version they show.
        changed++;
        this.feed.publish({ type: 'remove', data: { key: post.key, reason: 'hidden' } });
      } else if (state === 'deleted' && outcome.previous === 'live') {
        // A source that says "deleted" as a new version of the post (a replay line, a feed item): it leaves the screens.
        changed++;
        this.feed.publish({ type: 'remove', data: { key: post.key, reason: 'deleted' } });
      }
    });
    return changed;
  }

  async remove(keys: readonly string[], reason: 'deleted' | 'expired' = 'deleted'): Promise<number> {
    if (!keys.length) return 0;
    const gone = reason === 'deleted' ? await this.writer.markDeleted(keys) : keys;
    for (const key of gone) this.feed.publish({ type: 'remove', data: { key, reason } });
    return gone.length;
  }
}
