// After a change of the moderation rules, the posts already stored are judged again by the new rules, a page
// at a time with a yield to the event loop between pages (so the stats tick and the live stream never wait
// long). What leaves or returns to the wall reaches the screens as any hide or restore does: `remove` with
// reason 'hidden', or `post`; the hidden counter follows with the next stats push.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { PostWriter } from '../../store/store-api.ts';
import type { ChangeFeed } from '../change-feed.ts';
import type { ModerationPolicy } from './moderation-policy.ts';

/** A few hundred rows per page: each page is one short transaction. */
export const REEVALUATION_PAGE_ROWS = 300;

export interface ReevaluationRun {
  writer: PostWriter;
  feed: ChangeFeed;
  policy: ModerationPolicy;
  /** A newer change of the rules (or the engine stopping) ends this run between two pages. */
  cancelled: () => boolean;
  /** Something left or returned to the wall: the stats must be pushed again. */
  onChange: () => void;
  pageRows?: number;
}

export interface ReevaluationReport {
  hidden: number;
  restored: number;
  /** False when a newer change (or a stop) ended the run early. */
  complete: boolean;
}

export async function reevaluateStoredPosts(run: ReevaluationRun): Promise<ReevaluationReport> {
  const report: ReevaluationReport = { hidden: 0, restored: 0, complete: false };
  let after: number | undefined;
  for (;;) {
    if (run.cancelled()) return report;
    const page = await run.writer.reevaluate(run.policy.verdict, after, run.pageRows ?? REEVALUATION_PAGE_ROWS);
    for (const key of page.hidden) run.feed.publish({ type: 'remove', data: { key, reason: 'hidden' } });
    for (const post of page.restored) run.feed.publish({ type: 'post', data: { post } });
    report.hidden += page.hidden.length;
    report.restored += page.restored.length;
    if (page.hidden.length || page.restored.length) run.onChange();
    if (page.next === undefined) return { ...report, complete: true };
    after = page.next;
    await yieldToLoop();
  }
}
