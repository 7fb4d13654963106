// The posts' pictures on a store PC come from the hub's own cache (GET /pictures?url=, with the store token),
// never from a network's servers: the wall's PictureCache with this fetcher in place of fetch-picture.ts, so
// that the store keeps them on disk for when the link is down, fetched a few at a time as the posts arrive.
import type { FetchedPicture, FetchLimits } from '../../pictures/fetch-picture.ts';
import { sniffImageType } from '../../pictures/image-type.ts';
import type { HubClient } from './hub-client.ts';

export function hubPictureFetcher(client: HubClient): (url: string, limits: FetchLimits) => Promise<FetchedPicture> {
  return async (url, limits) => {
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
    const response = await client.open(`/pictures?url=${encodeURIComponent(url)}`, {}, signal);
    if (Number(response.headers.get('content-length') ?? '0') > limits.maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: `over ${limits.maxBytes} bytes` };
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > limits.maxBytes) return { ok: false, reason: `over ${limits.maxBytes} bytes` };
    const type = sniffImageType(bytes);
    return type ? { ok: true, bytes, type } : { ok: false, reason: 'the hub sent no picture' };
  };
}
