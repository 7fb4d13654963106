// The head of a post: avatar, who wrote it (at least twelve characters of the name before it is cut), and
// under the name the network and how long ago; the "new" badge sits in the head's own flow, so it never
// covers the network or the time. Names are isolated (<bdi>): an Arabic name does not reorder the line.
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NetworkChip } from '../panel/NetworkChip.tsx';
import { formatRelativeTime } from '../time/relative-time.ts';
import { Avatar } from './Avatar.tsx';

interface Props {
  post: Post;
  now: number;
  fresh: boolean;
  /** The spotlight also shows the handle beside the name. */
  withHandle?: boolean;
}

export function CardHead({ post, now, fresh, withHandle = false }: Props) {
  const { t, language } = useI18n();
  const { name, handle } = post.author;
  const shownHandle = handle && handle !== name ? (handle.startsWith('@') ? handle : `@${handle}`) : undefined;
  const ago = formatRelativeTime(post.createdAt, now, language);
  return (
    <header className="post-head">
      <Avatar author={post.author} />
      <div className="post-head__who">
        <p className="post-head__name">
          <bdi className="post-head__name-text">{name || shownHandle || '—'}</bdi>
          {withHandle && name && shownHandle ? <bdi className="post-head__handle">{shownHandle}</bdi> : null}
        </p>
        <p className="post-head__meta">
          <NetworkChip network={post.network} size="small" />
          <time className="post-head__time" dateTime={post.createdAt} data-testid="post-time">
            {post.datedAsFetched ? t('receivedAgo', { time: ago }) : ago}
          </time>
        </p>
      </div>
      {fresh ? (
        <span className="post-head__new" data-testid="new-badge">
          {t('newPost')}
        </span>
      ) : null}
    </header>
  );
}
