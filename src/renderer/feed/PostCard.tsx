// One post on the wall. Its text is rendered as text, never as HTML: what customers write cannot
// become markup on the screen.
import { memo } from 'react';
import type { Brand } from '../../shared/config.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../time/relative-time.ts';
import { BrandReply } from './BrandReply.tsx';
import type { FeedItem } from './post-collection.ts';
import { PostAuthor } from './PostAuthor.tsx';
import { firstImage } from './safe-image-url.ts';
import { Stars } from './Stars.tsx';

interface Props {
  item: FeedItem;
  /** Position in newest-first order (0: newest), whatever column the card sits in. */
  rank: number;
  brand: Brand;
  now: number;
}

// Memoised: the panel re-renders on every stream event, a card only when its post or the clock moves.
export const PostCard = memo(function PostCard({ item, rank, brand, now }: Props) {
  const { messages, language } = useI18n();
  const { post, brandReplies } = item;
  const image = post.sensitive ? undefined : firstImage(post);
  const fromBrand = post.author.isBrand;
  return (
    <article
      className={fromBrand ? 'post-card post-card--brand' : 'post-card'}
      data-testid="post-card"
      data-key={post.key}
      data-network={post.network}
      data-rank={rank}
    >
      <PostAuthor post={post} time={formatRelativeTime(post.createdAt, now, language)} />
      {fromBrand ? <p className="brand-reply__label">{messages.brandReply(brand.name)}</p> : null}
      {post.rating !== undefined ? <Stars rating={post.rating} /> : null}
      {post.sensitive && post.contentWarning ? (
        <p className="post-card__warning">{messages.contentWarning(post.contentWarning)}</p>
      ) : (
        <p className="post-card__text" data-testid="post-text">
          {post.text}
        </p>
      )}
      {image ? (
        <img
          className="post-card__image"
          src={image.url}
          alt={image.alt ?? messages.imageFallbackAlt(post.author.name)}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      ) : null}
      {brandReplies.map((reply) => (
        <BrandReply key={reply.key} reply={reply} brand={brand} now={now} />
      ))}
    </article>
  );
});
