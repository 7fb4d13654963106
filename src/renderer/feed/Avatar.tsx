// The author's picture, or their initials on a colour derived from their name when there is no
// usable picture or it fails to load.
import { useState } from 'react';
import type { Author } from '../../shared/post.ts';
import { hueFor, initials, isLoadableImage } from '../panel/avatar-style.ts';

export function Avatar({ author }: { author: Author }) {
  const [failed, setFailed] = useState(false);
  const name = author.name || author.handle || '?';
  if (isLoadableImage(author.avatarUrl) && !failed) {
    return (
      <img
        className="avatar"
        src={author.avatarUrl}
        alt=""
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    );
  }
  // A React style prop is set through the CSSOM, which the CSP allows (no style attribute in markup).
  return (
    <span
      className="avatar avatar--initials"
      aria-hidden="true"
      style={{ backgroundColor: `hsl(${hueFor(name)} 45% 38%)` }}
    >
      {initials(name)}
    </span>
  );
}
