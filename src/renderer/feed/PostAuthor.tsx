// The head of a card: who wrote it and when, then their handle and the network it came from.
import type { Post } from '../../shared/post.ts';
import { NetworkChip } from '../panel/NetworkChip.tsx';

export function PostAuthor({ post, time }: { post: Post; time: string }) {
  const { name, handle } = post.author;
  return (
    <header className="post-author">
      <span className="post-author__name">{name || handle}</span>
      <time className="post-author__time" dateTime={post.createdAt}>
        {time}
      </time>
      <span className="post-author__where">
        {handle && handle !== name ? <span className="post-author__handle">{handle.startsWith('@') ? handle : `@${handle}`}</span> : null}
        <NetworkChip network={post.network} size="small" />
      </span>
    </header>
  );
}
