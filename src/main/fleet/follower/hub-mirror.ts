// The store PC's copy of its hub's posts: every post, edit and removal the hub sends is written to the local
// store (the usual SQLite, wall.db) and then told to the local screens through the local change feed, so that
// they never read anything but their own server. Only what changed is told: a catch-up after a gap sends the
// screens the few posts that differ, never a blank reload.
//
// Removals other than an author's delete are kept as hidden (not tombstones): a post the hub hides and then
// brings back, or a source paused and resumed, comes back here too (a tombstone would refuse it for good).
import type { PanelView } from '../../../shared/api-contract.ts';
import type { Post } from '../../../shared/post.ts';
import type { ChangeFeed } from '../../engine/change-feed.ts';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store-api.ts';

type RemoveReason = 'deleted' | 'hidden' | 'expired' | 'withdrawn';

/** What the audit log of the store PC says for a post the hub took off (never a person's decision here). */
const HUB_WHY = 'hub';

/** Posts read per panel to catch up: the most a screen asks for. */
export const BACKFILL_LIMIT = 200;

export interface HubMirrorDeps {
  store: Store;
  feed: ChangeFeed;
  logger: Logger;
  now: () => number;
  /** Something on the wall changed (the local figures of hidden posts are not the hub's: nothing else to do). */
  onChange?: () => void;
}

export class HubMirror {
  constructor(private readonly deps: HubMirrorDeps) {}

  /** Stores the hub's posts (new, edited, back on the wall) and tells the screens those that changed. */
  async apply(posts: readonly Post[]): Promise<void> {
    if (posts.length === 0) return;
    const { store, feed, now } = this.deps;
    const outcomes = await store.writer.upsertMany(posts);
    const byKey = new Map(posts.map((p) => [p.key, p]));
    for (const outcome of outcomes) {
      const post = byKey.get(outcome.key);
      if (!post) continue;
      if (outcome.state === 'hidden') {
        // Taken off earlier (the hub hid it, or its source was paused): the hub shows it again, so do we.
        const restored = await store.writer.restore(outcome.key, now());
        if (restored.kind === 'changed') feed.publish({ type: 'post', data: { post: restored.post } });
      } else if (outcome.change === 'inserted' || outcome.change === 'updated') {
        feed.publish({ type: 'post', data: { post } }, outcome.json);
      }
    }
    this.deps.onChange?.();
  }

  /** A post left the hub's wall: it leaves this one, for the same reason. */
  async remove(key: string, reason: RemoveReason): Promise<void> {
    const { store, feed, now } = this.deps;
    if (reason === 'deleted') {
      for (const gone of await store.writer.markDeleted([key]))
        feed.publish({ type: 'remove', data: { key: gone, reason } });
    } else {
      const change = await store.writer.hide(key, HUB_WHY, now());
      if (change.kind === 'changed') feed.publish({ type: 'remove', data: { key, reason } });
    }
    this.deps.onChange?.();
  }

  /**
   * After a gap the hub could not replay: its newest posts of each panel replace ours. Those it sends are stored
   * (only the changed ones reach the screens); ours that it no longer has within the same span left its wall
   * while we were away, and leave ours.
   */
  async catchUp(panels: readonly PanelView[], hubPosts: (panelId: string) => Promise<Post[]>): Promise<void> {
    let gone = 0;
    for (const panel of panels) {
      const theirs = await hubPosts(panel.id);
      await this.apply(theirs);
      const keys = new Set(theirs.map((p) => p.key));
      // A full page covers only its span of time: older posts of ours are not judged by it.
      const oldest =
        theirs.length >= BACKFILL_LIMIT ? Math.min(...theirs.map((p) => Date.parse(p.createdAt))) : -Infinity;
      const ours = await this.deps.store.reader.newestForPanel(panel, BACKFILL_LIMIT);
      for (const post of ours) {
        if (keys.has(post.key) || Date.parse(post.createdAt) < oldest) continue;
        await this.remove(post.key, 'withdrawn');
        gone++;
      }
    }
    this.deps.logger.info('follower: caught up with the hub', { panels: panels.length, gone });
  }
}
