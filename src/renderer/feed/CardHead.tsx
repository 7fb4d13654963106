// The head of a card: avatar, who wrote it and their handle; on the right, the network and how long ago.
import type { Post } from '../../shared/post.ts';
import { NetworkChip } from '../panel/NetworkChip.tsx';
import { Avatar } from './Avatar.tsx';

export function CardHead({ post, time }: { post: Post; time: string }) {
  const { name, handle } = post.author;
  const shownHandle = handle && handle !== name ? (handle.startsWith('@') ? handle : `@${handle}`) : undefined;
  return (
    <header className="post-author">
      <Avatar author={post.author} />
      <div className="post-author__who">
        <span className="post-author__name" dir="auto">
          {name || shownHandle || '—'}
        </span>
        {shownHandle ? (
          <span className="post-author__handle" dir="auto">
            {shownHandle}
          </span>
        ) : null}
      </div>
      <div className="post-author__when">
        <NetworkChip network={post.network} size="small" />
        <time className="post-author__time" dateTime={post.createdAt}>
          {time}
        </time>
      </div>
    </header>
  );
}
