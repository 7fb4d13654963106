// Which customer posts call for an answer from the brand (principle 3: every customer gets an answer): the one
// rule behind the feed's "waiting since …" marker, the statistics' waiting count and response times, and the
// answering page. A customer's question or complaint calls for one when the brand can answer it where it was
// written:
// - its kind opens a conversation (post, comment, mention, review, tip); a customer's reply continues a thread;
// - not on a network where the brand does not answer in place (web mentions: press articles, blog posts; Foursquare
//   tips, which have no author and no reply);
// - not the customer answering the brand's own answer (its parent is a brand post that is itself an answer):
//   the brand already spoke in that thread. A comment under the brand's own page post does call for one.
// A post is *waiting* when it calls for an answer and no brand post answers it (by parent or root).
import type { Intent, Network, Post, PostKind } from './post.ts';

export const ANSWERABLE_KINDS: readonly PostKind[] = ['post', 'comment', 'mention', 'review', 'tip'];

/** Networks whose posts never call for an answer on the wall. */
export const UNANSWERED_NETWORKS: readonly Network[] = ['web', 'foursquare'];

/** Intents that call for an answer: a question wants one, a complaint wants a fix and to be heard. */
export const ANSWER_INTENTS: readonly Intent[] = ['question', 'complaint'];

/** What the rule needs of a post. */
export type AnswerablePostFacts = Pick<Post, 'state' | 'kind' | 'network' | 'intent' | 'parentKey'> & {
  author: Pick<Post['author'], 'isBrand'>;
};

/** What the rule needs of the post's parent, when the caller knows it. */
export interface ParentFacts {
  isBrand: boolean;
  /** The parent itself answers another post (it has a parent). */
  isAnswer: boolean;
}

export function parentFactsOf(
  parent: Pick<Post, 'parentKey'> & { author: Pick<Post['author'], 'isBrand'> },
): ParentFacts {
  return { isBrand: parent.author.isBrand, isAnswer: parent.parentKey !== undefined };
}

/**
 * Whether a post calls for an answer from the brand. `parent` is the post it answers, when it has one and the
 * caller has it; unknown, the post is judged on its own.
 */
export function callsForAnswer(post: AnswerablePostFacts, parent?: ParentFacts): boolean {
  return (
    post.state === 'live' &&
    !post.author.isBrand &&
    post.intent !== undefined &&
    ANSWER_INTENTS.includes(post.intent) &&
    ANSWERABLE_KINDS.includes(post.kind) &&
    !UNANSWERED_NETWORKS.includes(post.network) &&
    !(parent !== undefined && parent.isBrand && parent.isAnswer)
  );
}

/** Whether a brand post answers `post`: it is the brand's, not deleted, and has it as parent or root. */
export function answers(
  reply: Pick<Post, 'state' | 'parentKey' | 'rootKey'> & { author: Pick<Post['author'], 'isBrand'> },
  post: Pick<Post, 'key'>,
): boolean {
  return (
    reply.author.isBrand && reply.state !== 'deleted' && (reply.parentKey === post.key || reply.rootKey === post.key)
  );
}
