// Keeps the stored posts judged by the moderation rules in force: after a change of the rules (a save) and at
// start when the rules were edited while the wall was stopped (config.json provisioned by IT, a profile
// applied offline). One run at a time, in the background: a newer change ends the older run.
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store-api.ts';
import type { ChangeFeed } from '../change-feed.ts';
import type { ModerationPolicy } from './moderation-policy.ts';
import { reevaluateStoredPosts } from './reevaluate-stored-posts.ts';

export interface ModerationCatchUpOptions {
  store: Store;
  feed: ChangeFeed;
  logger: Logger;
  /** The rules in force. */
  policy: () => ModerationPolicy;
  /** Something left or returned to the wall: the statistics must be pushed again. */
  onChange: () => void;
}

export class ModerationCatchUp {
  private run: { cancelled: boolean; done: Promise<void> } | undefined;
  private stopped = false;

  constructor(private readonly options: ModerationCatchUpOptions) {}

  /**
   * At start: the store remembers the fingerprint of the rules the stored posts were last judged by; when the
   * rules in force differ, the stored posts are judged again.
   */
  async atStart(): Promise<void> {
    const { writer, reader } = this.options.store;
    const applied = await writer.moderationRulesApplied();
    const { fingerprint, active } = this.options.policy();
    if (applied === fingerprint) return;
    // A database that never recorded its rules, with none on now and no post a rule hid (from before rules
    // were remembered): nothing to judge, only the rules to remember.
    if (applied === undefined && !active && !(await reader.anyHiddenByRule()))
      return writer.recordModerationRulesApplied(fingerprint);
    this.judgeStoredPosts('start');
  }

  /** The rules changed (a save): the stored posts are judged again in the background. */
  judgeStoredPosts(reason: 'start' | 'settings'): void {
    if (this.run) this.run.cancelled = true;
    const { store, logger, feed, onChange } = this.options;
    const policy = this.options.policy();
    const run: { cancelled: boolean; done: Promise<void> } = { cancelled: false, done: Promise.resolve() };
    run.done = reevaluateStoredPosts({
      writer: store.writer,
      feed,
      policy,
      cancelled: () => run.cancelled || this.stopped,
      onChange,
    })
      .then((report) => {
        logger.info('moderation: stored posts judged by the new rules', { ...report, reason });
        // Only a run that went through every page speaks for the stored posts (a newer change or a stop ended the others).
        if (report.complete && !run.cancelled) return store.writer.recordModerationRulesApplied(policy.fingerprint);
      })
      .catch((err: unknown) => logger.error('moderation: judging the stored posts again failed', { error: err }))
      .finally(() => {
        if (this.run === run) this.run = undefined;
      });
    this.run = run;
  }

  /** Resolves once the stored posts are judged by the rules in force. */
  async settled(): Promise<void> {
    while (this.run) await this.run.done;
  }

  /** Ends a run in flight between two pages, and waits for it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.run) this.run.cancelled = true;
    await this.run?.done;
  }
}
