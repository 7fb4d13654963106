// A post's picture, or its video's still with a play glyph, in a box of fixed proportions so a huge, slow
// or broken image never changes the card's size; a broken or refused one removes the box (never a broken
// frame). A sensitive picture is not loaded: a striped band says a picture is hidden (the post's warning,
// if it has one, is written once, above the text, in PostBody).
import { useState } from 'react';
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { firstPicture } from './safe-image-url.ts';

export function PostMedia({ post, warning }: { post: Post; warning: string | undefined }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const picture = firstPicture(post);
  if (!picture || failed) return null;
  if (isHidden(post)) {
    const what = picture.type === 'image' ? t('hiddenPicture') : t('hiddenVideo');
    return (
      <figure className="post-media post-media--hidden" data-testid="post-media" data-media={picture.type}>
        <figcaption className="post-media__warning">{warning === undefined ? t('sensitive') : what}</figcaption>
      </figure>
    );
  }
  return (
    <figure className="post-media" data-testid="post-media" data-media={picture.type}>
      <img
        className="post-media__img"
        src={picture.src}
        alt={picture.alt ?? t('imageAlt', { author: post.author.name })}
        decoding="async"
        onError={() => setFailed(true)}
      />
      {picture.type !== 'image' ? (
        <span className="post-media__play" role="img" aria-label={t('video')}>
          <span className="post-media__triangle" />
        </span>
      ) : null}
    </figure>
  );
}

/** A picture the screens do not load: the network marked it sensitive, or the post carries a warning. */
export function isHidden(post: Post): boolean {
  return post.sensitive === true || post.contentWarning !== undefined;
}
