// GET /pictures?url=<a post's picture>: the picture from the wall's own cache (pictures/picture-cache.ts),
// so the screens load nothing from a third party. Unknown, refused or broken: 404, and the screen shows the
// author's initials or leaves the picture out.
import { readFile } from 'node:fs/promises';
import type { Handler } from 'hono';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import type { PictureCache } from '../pictures/picture-cache.ts';

export function pictureRoute(pictures: Pick<PictureCache, 'get'>): Handler {
  return async (c) => {
    const url = c.req.query('url');
    const picture = url === undefined ? undefined : await pictures.get(url);
    const bytes = picture ? await readFile(picture.path).catch(() => undefined) : undefined;
    if (!picture || !bytes) return c.json<ErrorResponse>({ error: 'No such picture.' }, 404);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': picture.type,
      // The same URL is the same picture for as long as the post shows.
      'Cache-Control': 'private, max-age=86400',
    });
  };
}
