// The wall's pictures, so that the screens talk only to the wall's own origin (CSP `img-src 'self' data:`):
// the engine fetches each post's avatar and first picture when the post arrives (fetch-picture.ts: https, an
// image by its bytes, size and time caps), keeps them on disk (picture-disk.ts: bounded, least recently used
// out first), and the local server serves them at /pictures?url=… (server/picture-route.ts). Nothing in a
// post learns when the hall looks at it, and pictures still show when the network is down.
//
// Only URLs that posts on the wall carry are fetched (the route is no proxy for whatever a page asks); a
// picture that failed is not asked again for a while. A few fetches at a time, a bounded line of them. A store
// PC's cache fetches from its hub instead (`fetcher`: fleet/follower/hub-picture-fetcher.ts).
import type { Post } from '../../shared/post.ts';
import type { Logger } from '../logger.ts';
import { fetchPicture, type FetchedPicture, type FetchLimits } from './fetch-picture.ts';
import { PictureDisk, pictureId, type CachedPicture } from './picture-disk.ts';

export interface PictureCacheOptions {
  dir: string;
  logger: Logger;
  /** On disk at most (default 256 MB). */
  maxBytes?: number;
  /** One picture at most (default 8 MB). */
  maxPictureBytes?: number;
  /** One fetch, redirects and body included, at most (default 10 s). */
  timeoutMs?: number;
  /** A failed picture is not fetched again before this (default 10 min). */
  retryAfterMs?: number;
  /** Tests: an agent that trusts their own certificate. */
  agent?: FetchLimits['agent'];
  /** How a picture is fetched: from its network (fetch-picture.ts), or a store PC's from its hub. */
  fetcher?: (url: string, limits: FetchLimits) => Promise<FetchedPicture>;
  now?: () => number;
}

const CONCURRENCY = 3;
/** URLs the wall may fetch (those of posts it received), most recent kept. */
const KNOWN_MAX = 5_000;
const QUEUE_MAX = 500;
const FAILURES_MAX = 2_000;

/** The pictures a screen may show for a post: the author's avatar and the post's first picture, https only. */
export function picturesOf(post: Post): string[] {
  const urls: string[] = [];
  if (post.author.avatarUrl) urls.push(post.author.avatarUrl);
  const media = post.media[0];
  const picture = media && (media.type === 'image' ? media.url : media.previewUrl);
  if (picture) urls.push(picture);
  return urls.filter((u) => /^https:\/\//i.test(u));
}

export class PictureCache {
  private readonly disk: PictureDisk;
  private readonly known = new Set<string>();
  private readonly failed = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<CachedPicture | undefined>>();
  private readonly queue: string[] = [];
  private running = 0;
  private readonly limits: FetchLimits;
  private readonly closing = new AbortController();
  private readonly now: () => number;
  private readonly retryAfterMs: number;

  constructor(private readonly options: PictureCacheOptions) {
    this.disk = new PictureDisk(options.dir, options.maxBytes ?? 256 * 2 ** 20);
    this.limits = {
      maxBytes: options.maxPictureBytes ?? 8 * 2 ** 20,
      timeoutMs: options.timeoutMs ?? 10_000,
      ...(options.agent ? { agent: options.agent } : {}),
      signal: this.closing.signal,
    };
    this.now = options.now ?? Date.now;
    this.retryAfterMs = options.retryAfterMs ?? 10 * 60_000;
  }

  /** A post reached the wall: its pictures may be shown, fetch them now (in the background). */
  addPost(post: Post): void {
    for (const url of picturesOf(post)) {
      this.remember(url);
      if (this.disk.get(pictureId(url), this.now()) || this.inFlight.has(url) || this.queue.includes(url)) continue;
      if (this.queue.length >= QUEUE_MAX) this.queue.shift();
      this.queue.push(url);
    }
    this.pump();
  }

  /** What the route serves: the picture from disk, fetched first if the wall knows it and has not yet got it. */
  async get(url: string): Promise<CachedPicture | undefined> {
    const cached = this.disk.get(pictureId(url), this.now());
    if (cached) return cached;
    if (!this.known.has(url)) return undefined;
    return this.fetch(url);
  }

  /** Settled once every fetch asked for so far is done (tests, and a wall that stops). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.queue.length > 0) await Promise.all([...this.inFlight.values()]);
  }

  /** The wall stops: fetches in flight end now, nothing new starts. */
  async close(): Promise<void> {
    this.queue.length = 0;
    this.closing.abort();
    await Promise.all([...this.inFlight.values()]);
  }

  get stats(): { pictures: number; bytes: number } {
    return { pictures: this.disk.count, bytes: this.disk.usedBytes };
  }

  private remember(url: string): void {
    this.known.delete(url);
    this.known.add(url);
    if (this.known.size > KNOWN_MAX) this.known.delete(this.known.values().next().value ?? '');
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
    if (this.closing.signal.aborted) return Promise.resolve(undefined);
    const failedAt = this.failed.get(url);
    if (failedAt !== undefined && this.now() - failedAt < this.retryAfterMs) return Promise.resolve(undefined);
    const attempt = (this.options.fetcher ?? fetchPicture)(url, this.limits)
      .then((result) => {
        if (result.ok) {
          this.failed.delete(url);
          return this.disk.put(pictureId(url), result.bytes, result.type, this.now());
        }
        this.fail(url, result.reason);
        return undefined;
      })
      .catch((err: unknown) => {
        this.fail(url, err instanceof Error ? err.message : String(err));
        return undefined;
      })
      .finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, attempt);
    return attempt;
  }

  private fail(url: string, reason: string): void {
    if (this.closing.signal.aborted) return;
    this.failed.set(url, this.now());
    if (this.failed.size > FAILURES_MAX) this.failed.delete(this.failed.keys().next().value ?? '');
    // The host only: a picture's URL may carry a token of the network's.
    this.options.logger.info('picture left out', { host: hostOf(url), reason });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}
