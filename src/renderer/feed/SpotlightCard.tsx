// The spotlight: one post, large, where the hall looks first. It changes with a calm fade (opacity and
// transform only) when a post arrives or, when nothing new comes, every few seconds.
import type { Brand } from '../../shared/config.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../time/relative-time.ts';
import { BrandReply } from './BrandReply.tsx';
import { CardHead } from './CardHead.tsx';
import type { FeedItem } from './post-collection.ts';
import { PostBody } from './PostBody.tsx';
import { PostMedia } from './PostMedia.tsx';

export function SpotlightCard({
  item,
  brand,
  now,
  fresh,
}: {
  item: FeedItem;
  brand: Brand;
  now: number;
  fresh: boolean;
}) {
  const { t, language } = useI18n();
  const { post, brandReplies } = item;
  const reply = brandReplies[0];
  // A short post is set larger: the spotlight is read from across the hall.
  const short = !post.html && post.text.length < 140;
  const classes = ['spotlight-card', fresh && 'spotlight-card--fresh', short && 'spotlight-card--short']
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={classes}
      data-testid="spotlight"
      data-key={post.key}
      data-network={post.network}
      data-created={Date.parse(post.createdAt)}
    >
      {fresh ? (
        <span className="post-card__new" data-testid="new-badge">
          {t('newPost')}
        </span>
      ) : null}
      <CardHead post={post} time={formatRelativeTime(post.createdAt, now, language)} />
      <PostBody post={post} />
      <PostMedia post={post} warning={post.contentWarning} />
      {reply ? <BrandReply reply={reply} parent={post} brand={brand} /> : null}
    </article>
  );
}
