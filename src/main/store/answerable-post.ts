// Which customer posts call for an answer from the brand (principle 3: every customer gets an answer).
// A customer's post, comment, mention, review or tip does; a reply does not (it continues a thread), nor does a
// post whose parent is the brand's own (the customer answering the brand: the brand already spoke), nor a web
// mention (a press article, a blog post: the brand does not answer in place, and it would sink the rate).
import type { Network, Post, PostKind } from '../../shared/post.ts';

export const ANSWERABLE_KINDS: readonly PostKind[] = ['post', 'comment', 'mention', 'review', 'tip'];

/** Networks whose posts never call for an answer on the wall. */
export const UNANSWERED_NETWORKS: readonly Network[] = ['web'];

/** The SQL form of ANSWERABLE_KINDS, for a `kind IN (...)` test. */
export const ANSWERABLE_KINDS_SQL = ANSWERABLE_KINDS.map((kind) => `'${kind}'`).join(', ');

/** The SQL form of UNANSWERED_NETWORKS, for a `network NOT IN (...)` test. */
export const UNANSWERED_NETWORKS_SQL = UNANSWERED_NETWORKS.map((network) => `'${network}'`).join(', ');

/** The checks that need only the post itself; the parent's author is looked up by the caller. */
export function mayCallForAnswer(post: Post): boolean {
  return (
    post.state === 'live' &&
    !post.author.isBrand &&
    ANSWERABLE_KINDS.includes(post.kind) &&
    !UNANSWERED_NETWORKS.includes(post.network)
  );
}
