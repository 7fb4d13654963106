// Facebook Page: the page's feed (its own posts, visitors' posts and the posts it is tagged in), /tagged,
// and the comments and replies under its posts, polled through the Graph API with a pasted Page or
// system-user token. One small function per step: sign-in (the token on the Graph client), the posts
// (facebook-posts.ts), their comments (facebook-comments.ts, followed by meta/follow-comments.ts), the
// mapping (map-facebook-item.ts) and the cursor (facebook-cursor.ts).
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
} from '../connector.ts';
import { followComments } from '../meta/follow-comments.ts';
import { GraphClient } from '../meta/graph-client.ts';
import { postsToRead } from '../meta/tracked-comments.ts';
import { facebookCursor, freshFacebookCursor } from './facebook-cursor.ts';
import { FacebookOptionsSchema, type FacebookOptions } from './facebook-options.ts';
import { COMMENT_FIELDS, PAGE_FIELDS, PageFieldsSchema } from './facebook-payload.ts';
import { readPostComments } from './facebook-comments.ts';
import { readPagePosts } from './facebook-posts.ts';
import { isHidden, mapFacebookComment, type FacebookMapContext } from './map-facebook-item.ts';

const key = (id: string) => `facebook:${id}`;

/** The page's rating fields (ratings themselves left the API in v22): for the statistics, via the health. */
async function pageRating(client: GraphClient, pageId: string, signal: AbortSignal): Promise<Record<string, number>> {
  const raw = await client.get(`/${encodeURIComponent(pageId)}`, { fields: PAGE_FIELDS }, signal);
  const parsed = PageFieldsSchema.safeParse(raw);
  if (!parsed.success) throw new ConnectorError('invalid-response', 'Facebook sent page fields the wall cannot read.');
  const { overall_star_rating: rating, rating_count: count } = parsed.data;
  return {
    ...(rating !== undefined ? { pageRating: rating } : {}),
    ...(count !== undefined ? { pageRatingCount: count } : {}),
  };
}

function createFacebookDriver(options: FacebookOptions, context: ConnectorContext): SourceDriver {
  const client = new GraphClient({
    baseUrl: options.baseUrl,
    token: options.token,
    label: 'Facebook',
    now: context.now,
  });
  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const now = context.now();
      const nowSec = Math.floor(now / 1000);
      const ctx: FacebookMapContext = { pageId: options.pageId, nowIso: new Date(now).toISOString() };
      const previous = facebookCursor.parse(cursor);
      const state = previous ?? freshFacebookCursor();
      const periodic = state.polls % options.recheckEveryPolls === 0;
      // Reading the page first also checks the configured id (code 100 → a configuration error).
      const rating = periodic ? await pageRating(client, options.pageId, signal) : {};

      const page = await readPagePosts({ client, options, ctx, state, firstSync: !previous, nowSec, signal });
      const { read, deferred } = postsToRead(
        page.changed,
        state.recentComments,
        (id) => page.posts.has(id) && !page.gone.has(id),
        options.maxCommentFetches,
      );
      const comments = await followComments({
        client,
        signal,
        key,
        cursor: state,
        toRead: read,
        list: (postId, followed) => readPostComments(client, page.posts.get(postId)!, followed, options, ctx, signal),
        goneParents: page.gone,
        nowSec,
        recheck: periodic && previous !== undefined,
        batchSize: options.recheckBatch,
        fields: COMMENT_FIELDS,
        map: (raw, comment) =>
          isHidden(raw) ? { type: 'delete', key: key(comment.id) } : mapFacebookComment(raw, comment.postId, ctx),
      });
      for (const [id, newest] of comments.newestByPost) {
        const post = page.posts.get(id);
        if (post) post.newestCommentAt = Math.max(post.newestCommentAt, newest);
      }
      // A post whose comments wait for a later poll keeps its old figures, so that it still looks changed then.
      const before = new Map(state.posts.map((p) => [p.id, p]));
      for (const id of deferred) {
        const post = page.posts.get(id);
        const old = before.get(id);
        if (post)
          Object.assign(post, old ? { updatedAt: old.updatedAt, commentCount: old.commentCount } : { updatedAt: -1 });
      }

      const windowStart = nowSec - options.activeHours * 3600;
      const next = facebookCursor.format({
        v: 2,
        newestPostAt: page.newestPostAt,
        polls: state.polls + 1,
        posts: [...page.posts.values()]
          .filter((p) => p.createdAt >= windowStart)
          .sort((a, b) => b.createdAt - a.createdAt),
        ...comments.cursor,
      });
      const usage = client.usage();
      return {
        events: [...page.events, ...comments.events],
        cursor: next,
        ...usage,
        budget: { ...usage.budget, ...rating },
      };
    },
  };
}

export const facebookConnector: ConnectorDefinition<FacebookOptions> = {
  type: 'facebook',
  label: 'Facebook Page',
  networks: ['facebook'],
  optionsSchema: FacebookOptionsSchema,
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createFacebookDriver,
};
