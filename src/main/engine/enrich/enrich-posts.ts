// The enrich step of ingest (validate → moderate → enrich → store): sets each post's sentiment, intent and, on a
// complaint, its theme from its text. It runs on every upsert candidate, so an edit is judged again; whatever a
// connector put in `sentiment`, `intent` or `theme` is overwritten (only the engine says what a post's tone and
// intent are). A deleted post keeps no content, hence none of them.
import type { Post } from '../../../shared/post.ts';
import { PostClassifier } from './post-classifier.ts';

export class PostEnricher {
  private readonly classifier = new PostClassifier();

  /** Enriches in place (the posts are the validation step's fresh copies) and returns them. */
  enrich(posts: Post[]): Post[] {
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i];
      if (!post || post.state === 'deleted') continue;
      const { sentiment, intent, theme } = this.classifier.classify(post.text, post.lang);
      if (post.sentiment === undefined && post.intent === undefined && post.theme === undefined) {
        // The common case: appending the keys keeps the stored JSON, hence the content hash, the same at every fetch.
        if (sentiment !== undefined) post.sentiment = sentiment;
        post.intent = intent;
        if (theme !== undefined) post.theme = theme;
      } else {
        // A connector set one: drop its values and append ours, so the keys sit where they do for every other post.
        const { sentiment: _tone, intent: _intent, theme: _theme, ...rest } = post;
        posts[i] = {
          ...rest,
          ...(sentiment === undefined ? {} : { sentiment }),
          intent,
          ...(theme === undefined ? {} : { theme }),
        };
      }
    }
    return posts;
  }
}
