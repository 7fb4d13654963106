// One post on the wall, with the brand's answers under it. Nothing in a post becomes markup: text is
// text, rich text goes through the sanitiser, pictures sit in fixed boxes.
import { memo } from 'react';
import type { Brand } from '../../shared/config.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../time/relative-time.ts';
import { BrandReply } from './BrandReply.tsx';
import { brandReplyLabel } from './brand-reply-label.ts';
import { CardHead } from './CardHead.tsx';
import type { FeedItem } from './post-collection.ts';
import { PostBody } from './PostBody.tsx';
import { PostMedia } from './PostMedia.tsx';

/** More answers than this show as "+ n more": a card stays a card. */
const REPLIES_SHOWN = 2;

interface Props {
  item: FeedItem;
  brand: Brand;
  now: number;
  /** Arrived live a moment ago: highlighted while the hall notices it. */
  fresh: boolean;
}

// Memoised: the panel re-renders on every stream event, a card only when its post, its replies, its
// highlight or the clock change (not its rank: a card says when it was posted, not where it ranks) (arrangeFeed makes new item objects each time: compared by content).
export const PostCard = memo(function PostCard({ item, brand, now, fresh }: Props) {
  const { t, language } = useI18n();
  const { post, brandReplies } = item;
  const fromBrand = post.author.isBrand;
  const classes = ['post-card', fromBrand && 'post-card--brand', fresh && 'post-card--fresh'].filter(Boolean).join(' ');
  const shown = brandReplies.slice(0, REPLIES_SHOWN);
  return (
    <article
      className={classes}
      data-testid="post-card"
      data-key={post.key}
      data-network={post.network}
      data-created={Date.parse(post.createdAt)}
      data-flip-key={post.key}
    >
      {fresh ? (
        <span className="post-card__new" data-testid="new-badge">
          {t('newPost')}
        </span>
      ) : null}
      <CardHead post={post} time={formatRelativeTime(post.createdAt, now, language)} />
      {fromBrand ? <p className="brand-reply__label">{brandReplyLabel(brand.name, t)}</p> : null}
      <PostBody post={post} />
      <PostMedia post={post} warning={post.contentWarning} />
      {shown.map((reply) => (
        <BrandReply key={reply.key} reply={reply} parent={post} brand={brand} />
      ))}
      {brandReplies.length > shown.length ? (
        <p className="brand-reply__more">{t('moreReplies', { count: brandReplies.length - shown.length })}</p>
      ) : null}
    </article>
  );
}, sameCard);

function sameCard(a: Props, b: Props): boolean {
  return (
    a.item.post === b.item.post &&
    a.item.brandReplies.length === b.item.brandReplies.length &&
    a.item.brandReplies.every((r, i) => r === b.item.brandReplies[i]) &&
    a.brand === b.brand &&
    a.now === b.now &&
    a.fresh === b.fresh
  );
}
