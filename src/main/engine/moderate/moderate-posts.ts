// The pipeline's moderation step, between validation and enrichment: each post a rule hides is marked
// 'hidden' (stored, counted, never served) and the rule's name is kept for the audit log.
import type { Post } from '../../../shared/post.ts';
import type { ModerationPolicy, RuleName } from './moderation-policy.ts';

export interface ModeratedPosts {
  posts: Post[];
  /** Post key → the rule that hid it. */
  hiddenBy: Map<string, RuleName>;
}

export function moderatePosts(posts: readonly Post[], policy: ModerationPolicy): ModeratedPosts {
  const hiddenBy = new Map<string, RuleName>();
  if (!policy.active) return { posts: [...posts], hiddenBy };
  const out = posts.map((post) => {
    if (post.state !== 'live') return post;
    const rule = policy.verdict(post);
    if (rule === undefined) return post;
    hiddenBy.set(post.key, rule);
    return { ...post, state: 'hidden' as const };
  });
  return { posts: out, hiddenBy };
}
