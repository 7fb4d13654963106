// Where a screen loads a picture from: only the wall's own origin (the CSP says `img-src 'self' data:`).
// A path on this server (/bundled/… for the demo) as it is; an https picture through the engine's picture
// cache (/pictures?url=…), which fetched it when the post arrived and keeps it on disk, so nothing in a post
// learns when the hall looks at it, and pictures still show when the network is down. Anything else: none.
export function pictureSrc(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (/^\/(?!\/)/.test(url)) return url;
  if (/^https:\/\//i.test(url)) return `/pictures?url=${encodeURIComponent(url)}`;
  return undefined;
}
