// The enrich step of ingest (validate → moderate → enrich → store): sets each post's sentiment from its text.
// It runs on every upsert candidate, so an edit is scored again; whatever a connector put in `sentiment` is
// overwritten (only the engine says what a post's tone is). A deleted post keeps no content, hence no tone.
import type { Post } from '../../../shared/post.ts';
import { SentimentScorer } from './sentiment-scorer.ts';

export class PostEnricher {
  private readonly scorer = new SentimentScorer();

  /** Enriches in place (the posts are the validation step's fresh copies) and returns them. */
  enrich(posts: Post[]): Post[] {
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i];
      if (!post || post.state === 'deleted') continue;
      const tone = this.scorer.tone(post.text, post.lang);
      if (post.sentiment === undefined) {
        // The common case: appending the key keeps the stored JSON, hence the content hash, the same at every fetch.
        if (tone !== undefined) post.sentiment = tone;
      } else {
        // A connector set it: drop its value and append ours, so the key sits where it does for every other post.
        const { sentiment: _fromConnector, ...rest } = post;
        posts[i] = tone === undefined ? rest : { ...rest, sentiment: tone };
      }
    }
    return posts;
  }
}
