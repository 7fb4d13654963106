// The author's picture (from the wall's own origin: picture-src.ts), or their initials on a colour derived
// from their name when there is no usable picture or it fails to load.
import { useState } from 'react';
import type { Author } from '../../shared/post.ts';
import { hueFor, initials } from '../panel/avatar-style.ts';
import { pictureSrc } from './picture-src.ts';

export function Avatar({ author }: { author: Author }) {
  const [failed, setFailed] = useState(false);
  const name = author.name || author.handle || '?';
  const src = pictureSrc(author.avatarUrl);
  if (src && !failed) {
    return <img className="avatar" src={src} alt="" decoding="async" onError={() => setFailed(true)} />;
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
