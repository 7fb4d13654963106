// Only the posts of the sources in force are on the wall: a source removed or paused takes its posts off the
// screens and out of the statistics (the store withdraws them: kept until retention, never shown), and one
// added back or resumed brings them back. Run at start and after each change of the sources, in bounded pages
// with a yield between them; the screens are told of each post that leaves or comes back.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { PostWriter } from '../store/store-api.ts';
import type { ChangeFeed } from './change-feed.ts';

const PAGE = 500;

export interface ActiveSourcesDeps {
  writer: Pick<PostWriter, 'withdrawSourcesExcept'>;
  feed: Pick<ChangeFeed, 'publish'>;
  /** Something left or came back: the statistics follow. */
  onChange: () => void;
}

export async function keepActiveSourcesOnWall(deps: ActiveSourcesDeps, active: readonly string[]): Promise<void> {
  for (;;) {
    const page = await deps.writer.withdrawSourcesExcept(active, PAGE);
    for (const key of page.withdrawn) deps.feed.publish({ type: 'remove', data: { key, reason: 'withdrawn' } });
    for (const post of page.restored) deps.feed.publish({ type: 'post', data: { post } });
    if (page.withdrawn.length > 0 || page.restored.length > 0) deps.onChange();
    if (!page.more) return;
    await yieldToLoop();
  }
}
