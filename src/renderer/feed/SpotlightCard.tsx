// The spotlight: one post, large, where the hall looks first — its picture large, its text up to a few
// lines, the brand's answer under it. It changes with a calm fade (opacity and transform only).
import { memo } from 'react';
import type { Brand } from '../../shared/config.ts';
import { BrandAnswer, WaitingLine } from './AnswerLine.tsx';
import { CardHead } from './CardHead.tsx';
import type { FeedItem } from './post-collection.ts';
import { PostBody } from './PostBody.tsx';
import { PostMedia } from './PostMedia.tsx';
import { firstPicture } from './safe-image-url.ts';

interface Props {
  item: FeedItem;
  brand: Brand;
  now: number;
  fresh: boolean;
}

export const SpotlightCard = memo(function SpotlightCard({ item, brand, now, fresh }: Props) {
  const { post, brandReplies } = item;
  const reply = brandReplies[0];
  const picture = firstPicture(post);
  // A short post is set larger: the spotlight is read from across the hall.
  const short = !post.html && post.text.length < 120 && !picture;
  const classes = [
    'spotlight-card',
    fresh && 'spotlight-card--fresh',
    short && 'spotlight-card--short',
    picture && 'spotlight-card--with-media',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={classes}
      data-testid="spotlight"
      data-key={post.key}
      data-network={post.network}
      data-source={post.sourceId}
      data-created={Date.parse(post.createdAt)}
    >
      <CardHead post={post} now={now} fresh={fresh} withHandle />
      <PostMedia post={post} warning={post.contentWarning} />
      <PostBody post={post} />
      {reply ? <BrandAnswer post={post} reply={reply} brand={brand} lines={3} /> : null}
      {item.awaitsAnswer ? <WaitingLine post={post} now={now} /> : null}
    </article>
  );
});
