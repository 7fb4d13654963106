// One Bluesky poll: each search from its time high-water mark (less an overlap: the index is late at
// times), page by page; the brand's own feed; the threads of customer posts that got new replies (the
// brand's answers); and now and then a re-check of recent posts (missing from getPosts → deleted).
import { ConnectorError, type PollRequest, type PollResult, type SourceEvent } from '../connector.ts';
import { rateLimitBudget, slowDownDelayMs } from '../shared/rate-limit.ts';
import type { BlueskyClient } from './bluesky-client.ts';
import { emptyBlueskyCursor, formatBlueskyCursor, blueskyCursor, type BlueskyCursor } from './bluesky-cursor.ts';
import type { BlueskyOptions } from './bluesky-options.ts';
import { BlueskyPostViewSchema, type BlueskyPostView } from './bluesky-post.ts';
import { isBrandAuthor, mapPost } from './map-post.ts';

interface PageAnswer {
  posts?: unknown;
  feed?: unknown;
  cursor?: unknown;
}

const later = (a: string | undefined, b: string): string => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a);

export class BlueskyPoller {
  /** Reply counts last seen per customer post: a growing count is worth reading its thread. */
  private readonly replyCounts = new Map<string, number>();

  constructor(
    private readonly options: BlueskyOptions,
    private readonly client: BlueskyClient,
    private readonly now: () => number,
  ) {}

  async poll({ cursor, signal }: PollRequest): Promise<PollResult> {
    const state = blueskyCursor.parse(cursor) ?? emptyBlueskyCursor();
    // A cursor from before the vault held the refresh token in clear: moved to the vault once, and the
    // cursor returned below is written without it.
    if (state.refreshJwt !== undefined) {
      if (this.client.session.refreshJwt === undefined) this.client.session.adopt(state.refreshJwt);
      delete state.refreshJwt;
    }
    state.polls += 1;
    this.client.calls = 0;
    const events: SourceEvent[] = [];
    const emitted = new Set<string>();
    const threadCandidates: BlueskyPostView[] = [];
    const known = new Set(state.recent.map((r) => r.key));

    const take = (raw: unknown, where: string): BlueskyPostView | undefined => {
      const parsed = BlueskyPostViewSchema.safeParse(raw);
      const item = parsed.success
        ? mapPost(parsed.data, { brandHandle: this.options.brandHandle, nowIso: new Date(this.now()).toISOString() })
        : undefined;
      if (!parsed.success || !item) {
        const uri = raw && typeof raw === 'object' && 'uri' in raw ? String(raw.uri) : '?';
        const issue = parsed.success ? undefined : parsed.error.issues[0];
        events.push({
          type: 'invalid',
          reason: `Bluesky ${where} post ${uri}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'not a post URI'}`,
        });
        return undefined;
      }
      // Seen in an earlier poll (the overlap re-reads a little): posts are immutable on Bluesky, so skip it.
      if (emitted.has(item.key) || known.has(item.key)) return parsed.data;
      emitted.add(item.key);
      known.add(item.key);
      events.push({ type: 'upsert', item });
      state.recent.push({ uri: parsed.data.uri, key: item.key });
      return parsed.data;
    };

    for (const q of this.options.queries) {
      const from =
        state.newestByQuery[q] ?? new Date(this.now() - this.options.backfillHours * 3_600_000).toISOString();
      const since = new Date(Date.parse(from) - this.options.overlapSeconds * 1000).toISOString();
      let newest = state.newestByQuery[q];
      let page: string | undefined;
      for (let n = 0; n < this.options.maxPages; n++) {
        const answer = await this.client.query<PageAnswer>(
          'app.bsky.feed.searchPosts',
          { q, sort: 'latest', since, limit: 100, cursor: page },
          signal,
        );
        const posts = this.list(answer.data?.posts);
        for (const raw of posts) {
          const post = take(raw, 'search');
          if (!post) continue;
          newest = later(newest, post.record.createdAt);
          if (!isBrandAuthor(post, this.options.brandHandle) && post.replyCount > (this.replyCounts.get(post.uri) ?? 0))
            threadCandidates.push(post);
        }
        page = typeof answer.data?.cursor === 'string' && posts.length > 0 ? answer.data.cursor : undefined;
        if (!page) break;
      }
      if (newest) state.newestByQuery[q] = newest;
    }

    if (this.options.brandHandle) await this.readBrandFeed(state, take, signal);
    await this.readThreads(threadCandidates, take, signal);
    if (state.polls % this.options.recheckEveryPolls === 0) await this.recheck(state, events, signal);
    if (state.recent.length > this.options.recentLimit)
      state.recent.splice(0, state.recent.length - this.options.recentLimit);

    const rl = this.client.http.lastRateLimit;
    const minDelayMs = slowDownDelayMs(rl, this.now()) * Math.max(1, this.client.calls);
    return {
      events,
      cursor: formatBlueskyCursor(state),
      ...(minDelayMs > 0 ? { minDelayMs } : {}),
      budget: rateLimitBudget(rl),
    };
  }

  private list(value: unknown): unknown[] {
    if (!Array.isArray(value))
      throw new ConnectorError('invalid-response', 'Bluesky sent a page without its list of posts');
    return value;
  }

  private async readBrandFeed(
    state: BlueskyCursor,
    take: (raw: unknown, where: string) => BlueskyPostView | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    const hw = state.brandNewest;
    let page: string | undefined;
    let newest = hw;
    for (let n = 0; n < (hw ? this.options.maxPages : 1); n++) {
      const answer = await this.client.query<PageAnswer>(
        'app.bsky.feed.getAuthorFeed',
        { actor: this.options.brandHandle, filter: 'posts_with_replies', limit: 50, cursor: page },
        signal,
      );
      let reached = false;
      for (const entry of this.list(answer.data?.feed)) {
        // A repost by the brand is someone else's post: not an answer.
        if (entry && typeof entry === 'object' && 'reason' in entry && entry.reason) continue;
        const raw = entry && typeof entry === 'object' && 'post' in entry ? entry.post : entry;
        const createdAt = BlueskyPostViewSchema.safeParse(raw).data?.record.createdAt;
        if (hw && createdAt && Date.parse(createdAt) < Date.parse(hw) - this.options.overlapSeconds * 1000) {
          reached = true;
          continue;
        }
        const post = take(raw, 'brand feed');
        if (post) newest = later(newest, post.record.createdAt);
      }
      page = typeof answer.data?.cursor === 'string' ? answer.data.cursor : undefined;
      if (reached || !page) break;
    }
    if (newest) state.brandNewest = newest;
  }

  private async readThreads(
    candidates: BlueskyPostView[],
    take: (raw: unknown, where: string) => BlueskyPostView | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    for (const post of candidates.slice(0, this.options.threadChecks)) {
      const answer = await this.client
        .query<{ thread?: { replies?: unknown } }>(
          'app.bsky.feed.getPostThread',
          { uri: post.uri, depth: 1, parentHeight: 0 },
          signal,
        )
        .catch((error: unknown) => {
          // A thread gone since the search (deleted, blocked) is not a failure of the source.
          if (error instanceof ConnectorError && (error.kind === 'config' || error.kind === 'invalid-response'))
            return undefined;
          throw error;
        });
      if (!answer) continue;
      this.replyCounts.set(post.uri, post.replyCount);
      const replies: unknown[] = Array.isArray(answer.data?.thread?.replies) ? answer.data.thread.replies : [];
      for (const reply of replies) {
        const view = reply && typeof reply === 'object' && 'post' in reply ? reply.post : undefined;
        const parsed = BlueskyPostViewSchema.safeParse(view);
        if (parsed.success && isBrandAuthor(parsed.data, this.options.brandHandle)) take(view, 'thread');
      }
    }
  }

  private async recheck(state: BlueskyCursor, events: SourceEvent[], signal: AbortSignal): Promise<void> {
    const count = Math.min(this.options.recheckCount, state.recent.length);
    if (count === 0) return;
    const start = state.recheckOffset % state.recent.length;
    const batch = [...state.recent, ...state.recent].slice(start, start + count);
    state.recheckOffset = start + count;
    const query = batch.map((r) => `uris=${encodeURIComponent(r.uri)}`).join('&');
    const answer = await this.client.query<PageAnswer>('app.bsky.feed.getPosts', query, signal);
    const present = new Set(
      this.list(answer.data?.posts).flatMap((p) => (p && typeof p === 'object' && 'uri' in p ? [String(p.uri)] : [])),
    );
    const gone = new Set(batch.filter((r) => !present.has(r.uri)).map((r) => r.key));
    for (const key of gone) events.push({ type: 'delete', key });
    state.recent = state.recent.filter((r) => !gone.has(r.key));
  }
}
