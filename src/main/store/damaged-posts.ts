// A stored post whose JSON no longer parses (a disk error, a hand edit in an SQLite browser) is skipped on
// read, never allowed to fail the whole page of posts, and never skipped in silence: each damaged row is
// counted and logged once, with its start, so IT can find it.
import type { Post } from '../../shared/post.ts';
import type { Logger } from '../logger.ts';

/** Damaged rows remembered (so each is logged once); past it, the count still grows. */
const REMEMBERED = 1_000;

export class DamagedPosts {
  private readonly seen = new Set<string>();
  /** Distinct damaged rows met since the wall started. */
  count = 0;

  constructor(private readonly logger: Logger) {}

  /** The post, or undefined (counted and logged) when its JSON is damaged. */
  parse(json: string): Post | undefined {
    try {
      const post = JSON.parse(json) as unknown;
      if (typeof post === 'object' && post !== null && typeof (post as Post).key === 'string') return post as Post;
    } catch {
      // Damaged: reported below.
    }
    if (!this.seen.has(json)) {
      if (this.seen.size < REMEMBERED) this.seen.add(json);
      this.count++;
      this.logger.error('store: a stored post is damaged and skipped', {
        damagedPosts: this.count,
        start: json.slice(0, 80),
      });
    }
    return undefined;
  }
}
