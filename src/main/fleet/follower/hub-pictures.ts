// The posts' pictures on a store PC, fetched from the hub's own cache (GET /pictures?url=, with the store token),
// never from a network's servers, and kept on disk (the same bounded PictureDisk as a wall's) so that the screens
// keep them when the link is down. As on a wall, only pictures of posts received are fetched (the local route is
// no proxy for whatever a page asks), a few at a time, as the posts arrive.
import { picturesOf } from '../../pictures/picture-cache.ts';
import { PictureDisk, pictureId, type CachedPicture } from '../../pictures/picture-disk.ts';
import { sniffImageType } from '../../pictures/image-type.ts';
import type { Post } from '../../../shared/post.ts';
import type { HubClient } from './hub-client.ts';

const CONCURRENCY = 3;
const KNOWN_MAX = 5_000;
const MAX_PICTURE_BYTES = 8 * 2 ** 20;
const FETCH_TIMEOUT_MS = 15_000;
/** A picture the hub did not have is not asked again for this long. */
const RETRY_AFTER_MS = 10 * 60_000;

export class HubPictures {
  private readonly disk: PictureDisk;
  private readonly known = new Set<string>();
  private readonly queue: string[] = [];
  private readonly inFlight = new Map<string, Promise<CachedPicture | undefined>>();
  private readonly failedAt = new Map<string, number>();
  private readonly closing = new AbortController();
  private running = 0;

  constructor(
    private readonly client: HubClient,
    dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.disk = new PictureDisk(dir, 256 * 2 ** 20);
  }

  /** A post reached the store's wall: its pictures may be shown, fetch them now (in the background). */
  addPost(post: Post): void {
    for (const url of picturesOf(post)) {
      this.known.delete(url);
      this.known.add(url);
      if (this.known.size > KNOWN_MAX) this.known.delete(this.known.values().next().value ?? '');
      if (this.disk.get(pictureId(url), this.now()) || this.inFlight.has(url) || this.queue.includes(url)) continue;
      this.queue.push(url);
    }
    this.pump();
  }

  async get(url: string): Promise<CachedPicture | undefined> {
    const cached = this.disk.get(pictureId(url), this.now());
    if (cached || !this.known.has(url)) return cached;
    return this.fetch(url);
  }

  async close(): Promise<void> {
    this.queue.length = 0;
    this.closing.abort();
    await Promise.all([...this.inFlight.values()]);
  }

  private pump(): void {
    while (!this.closing.signal.aborted && this.running < CONCURRENCY && this.queue.length > 0) {
      const url = this.queue.shift();
      if (url === undefined) return;
      this.running++;
      void this.fetch(url).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private fetch(url: string): Promise<CachedPicture | undefined> {
    const running = this.inFlight.get(url);
    if (running) return running;
    const failed = this.failedAt.get(url);
    if (this.closing.signal.aborted || (failed !== undefined && this.now() - failed < RETRY_AFTER_MS))
      return Promise.resolve(undefined);
    const attempt = this.download(url)
      .catch(() => undefined)
      .then((picture) => {
        if (!picture) this.failedAt.set(url, this.now());
        if (this.failedAt.size > KNOWN_MAX) this.failedAt.delete(this.failedAt.keys().next().value ?? '');
        return picture;
      })
      .finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, attempt);
    return attempt;
  }

  private async download(url: string): Promise<CachedPicture | undefined> {
    const signal = AbortSignal.any([this.closing.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]);
    const response = await this.client.open(`/pictures?url=${encodeURIComponent(url)}`, {}, signal);
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_PICTURE_BYTES) return void (await response.body?.cancel());
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = bytes.length <= MAX_PICTURE_BYTES ? sniffImageType(bytes) : undefined;
    return type ? this.disk.put(pictureId(url), bytes, type, this.now()) : undefined;
  }
}
