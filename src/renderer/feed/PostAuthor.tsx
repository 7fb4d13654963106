// Who wrote it: name, handle, and the network it came from.
import type { Post } from '../../shared/post.ts';
import { NetworkChip } from '../panel/NetworkChip.tsx';

export function PostAuthor({ post }: { post: Post }) {
  const { name, handle } = post.author;
  return (
    <div className="post-author">
      <span className="post-author__name">{name || handle}</span>
      {handle && handle !== name ? <span className="post-author__handle">{handle.startsWith('@') ? handle : `@${handle}`}</span> : null}
      <NetworkChip network={post.network} size="small" />
    </div>
  );
}
