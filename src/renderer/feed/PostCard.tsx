// One post among the cards, with whether the brand answered it. Nothing in a post becomes markup: text is
// text, rich text goes through the sanitiser, pictures sit in fixed boxes.
import { memo } from 'react';
import type { Brand } from '../../shared/config.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { BrandAnswer, WaitingLine } from './AnswerLine.tsx';
import { brandReplyLabel } from './brand-reply-label.ts';
import { CardHead } from './CardHead.tsx';
import type { FeedItem } from './post-collection.ts';
import { PostBody } from './PostBody.tsx';
import { isHidden, PostMedia } from './PostMedia.tsx';
import { firstPicture } from './safe-image-url.ts';

interface Props {
  item: FeedItem;
  brand: Brand;
  now: number;
  /** Arrived live a moment ago: highlighted while the hall notices it. */
  fresh: boolean;
}

// Memoised: the panel re-renders on every batch of the stream, a card only when its post, its replies, its
// highlight or the clock change (arrangeFeed makes new item objects each time: compared by content).
export const PostCard = memo(function PostCard({ item, brand, now, fresh }: Props) {
  const { t } = useI18n();
  const { post, brandReplies } = item;
  const fromBrand = post.author.isBrand;
  const picture = firstPicture(post);
  const reply = brandReplies[0];
  const classes = [
    'post-card',
    fromBrand && 'post-card--brand',
    fresh && 'post-card--fresh',
    // A hidden picture is a band across the card, under the words: its column would be too narrow to say so.
    picture && (isHidden(post) ? 'post-card--with-hidden-media' : 'post-card--with-media'),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={classes}
      data-testid="post-card"
      data-key={post.key}
      data-network={post.network}
      data-source={post.sourceId}
      data-created={Date.parse(post.createdAt)}
      data-flip-key={post.key}
    >
      <CardHead post={post} now={now} fresh={fresh} />
      {fromBrand ? <p className="brand-reply__label">{brandReplyLabel(brand.name, t)}</p> : null}
      <div className="post-card__content">
        <PostBody post={post} />
        <PostMedia post={post} warning={post.contentWarning} />
      </div>
      {reply ? <BrandAnswer post={post} reply={reply} brand={brand} lines={2} /> : null}
      {item.awaitsAnswer ? <WaitingLine post={post} now={now} /> : null}
    </article>
  );
}, sameCard);

function sameCard(a: Props, b: Props): boolean {
  return (
    a.item.post === b.item.post &&
    a.item.brandReplies.length === b.item.brandReplies.length &&
    a.item.brandReplies.every((r, i) => r === b.item.brandReplies[i]) &&
    a.item.awaitsAnswer === b.item.awaitsAnswer &&
    a.brand === b.brand &&
    a.now === b.now &&
    a.fresh === b.fresh
  );
}
