// What a person in the settings does to one post: hide it (the screens drop it: `remove` with reason 'hidden')
// or restore it (the screens get it back: `post`). Each is logged in the audit; the hidden counter follows with
// the next stats push.
import type { Post } from '../../shared/post.ts';
import type { AuditEntry, Store, VisibilityChange } from '../store/store-api.ts';
import type { ChangeFeed } from './change-feed.ts';

/** What the person wrote, else this. */
export const HIDDEN_BY_A_PERSON = 'hidden by a person';

export class ModerationDesk {
  constructor(
    private readonly store: Store,
    private readonly feed: ChangeFeed,
    private readonly now: () => number,
    /** The stats (hidden counter) must be pushed again. */
    private readonly onChange: () => void,
  ) {}

  async hide(key: string, why: string = HIDDEN_BY_A_PERSON): Promise<VisibilityChange> {
    const result = await this.store.writer.hide(key, why.trim() || HIDDEN_BY_A_PERSON, this.now());
    if (result.kind === 'changed') {
      this.feed.publish({ type: 'remove', data: { key, reason: 'hidden' } });
      this.onChange();
    }
    return result;
  }

  async restore(key: string): Promise<VisibilityChange> {
    const result = await this.store.writer.restore(key, this.now());
    if (result.kind === 'changed') {
      this.feed.publish({ type: 'post', data: { post: result.post } });
      this.onChange();
    }
    return result;
  }

  audit(limit: number, beforeId?: number): Promise<AuditEntry[]> {
    return this.store.reader.auditPage(limit, beforeId);
  }

  hiddenCount(): Promise<number> {
    return this.store.reader.hiddenCount(this.now());
  }

  recentPosts(limit: number): Promise<Post[]> {
    return this.store.reader.recentPosts(limit);
  }
}
