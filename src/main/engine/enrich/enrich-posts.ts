// The enrich step of ingest (validate → moderate → enrich → store): sets each post's sentiment and intent from its
// text. It runs on every upsert candidate, so an edit is judged again; whatever a connector put in `sentiment` or
// `intent` is overwritten (only the engine says what a post's tone and intent are). A deleted post keeps no
// content, hence neither.
import type { Post } from '../../../shared/post.ts';
import { PostClassifier } from './post-classifier.ts';

export class PostEnricher {
  private readonly classifier = new PostClassifier();

  /** Enriches in place (the posts are the validation step's fresh copies) and returns them. */
  enrich(posts: Post[]): Post[] {
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i];
      if (!post || post.state === 'deleted') continue;
      const { sentiment, intent } = this.classifier.classify(post.text, post.lang);
      if (post.sentiment === undefined && post.intent === undefined) {
        // The common case: appending the keys keeps the stored JSON, hence the content hash, the same at every fetch.
        if (sentiment !== undefined) post.sentiment = sentiment;
        post.intent = intent;
      } else {
        // A connector set one: drop its values and append ours, so the keys sit where they do for every other post.
        const { sentiment: _tone, intent: _intent, ...rest } = post;
        posts[i] = sentiment === undefined ? { ...rest, intent } : { ...rest, sentiment, intent };
      }
    }
    return posts;
  }
}
