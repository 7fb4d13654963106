// What a post says: its warning, its stars, its text (rich text through the sanitiser when the network gave
// HTML, plain text otherwise), hashtags and mentions set off, clamped to a few lines with an ellipsis.
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { RichText } from './RichText.tsx';
import { SafeHtml } from './SafeHtml.tsx';
import { Stars } from '../panel/Stars.tsx';

export function PostBody({ post }: { post: Post }) {
  const { t } = useI18n();
  return (
    <div className="post-card__words">
      {post.contentWarning ? (
        <p className="post-card__warning" data-testid="content-warning" dir="auto">
          {t('contentWarning', { warning: post.contentWarning })}
        </p>
      ) : null}
      {post.rating !== undefined ? <Stars rating={post.rating} /> : null}
      {post.text || post.html ? (
        <div className="post-card__text" data-testid="post-text" dir="auto" lang={post.lang}>
          {post.html ? <SafeHtml html={post.html} /> : <RichText text={post.text} />}
        </div>
      ) : null}
    </div>
  );
}
