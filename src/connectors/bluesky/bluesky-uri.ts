// AT URIs of posts (at://{did}/app.bsky.feed.post/{rkey}): the wall's key and the post's web address.

export interface PostRef {
  did: string;
  rkey: string;
}

export function parsePostUri(uri: string): PostRef | undefined {
  const match = /^at:\/\/([^/\s]+)\/app\.bsky\.feed\.post\/([^/\s]+)$/.exec(uri);
  return match?.[1] && match[2] ? { did: match[1], rkey: match[2] } : undefined;
}

/** `bluesky:{did}/{rkey}`: DIDs and record keys hold no whitespace, so the key is safe as is. */
export function blueskyKey(uri: string): string | undefined {
  const ref = parsePostUri(uri);
  return ref ? `bluesky:${ref.did}/${ref.rkey}` : undefined;
}

export function postWebUrl(uri: string, handle: string): string | undefined {
  const ref = parsePostUri(uri);
  return ref
    ? `https://bsky.app/profile/${encodeURIComponent(handle)}/post/${encodeURIComponent(ref.rkey)}`
    : undefined;
}
