// Instagram business account (via Facebook Login, graph.facebook.com): its own media, the comments and
// replies under them (the brand's answers are those of its own username), media it is tagged in, and the
// recent media of followed hashtags within the account's 30-hashtags-per-7-days budget. One small function
// per step: sign-in (the token on the Graph client, the account read), the media (instagram-media.ts),
// their comments (instagram-comments.ts, followed by meta/follow-comments.ts), the hashtags
// (instagram-hashtags.ts), the mapping (map-instagram-item.ts) and the cursor (instagram-cursor.ts).
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
} from '../connector.ts';
import { followComments } from '../meta/follow-comments.ts';
import { GraphClient } from '../meta/graph-client.ts';
import { postsToRead, RECENT_SECONDS } from '../meta/tracked-comments.ts';
import { hashtagBudget, hashtagNotes } from './hashtag-budget.ts';
import { readMediaComments } from './instagram-comments.ts';
import { freshInstagramCursor, instagramCursor } from './instagram-cursor.ts';
import { readHashtags } from './instagram-hashtags.ts';
import { readAccountMedia } from './instagram-media.ts';
import { InstagramOptionsSchema, type InstagramOptions } from './instagram-options.ts';
import { AccountSchema, SINGLE_COMMENT_FIELDS } from './instagram-payload.ts';
import { mapInstagramComment, type InstagramMapContext } from './map-instagram-item.ts';

const key = (id: string) => `instagram:${id}`;

/** The account's username (its answers are the comments of that name); reading it also checks the id. */
async function brandUsername(client: GraphClient, igUserId: string, signal: AbortSignal): Promise<string> {
  const raw = await client.get(`/${encodeURIComponent(igUserId)}`, { fields: 'id,username' }, signal);
  const parsed = AccountSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConnectorError('invalid-response', 'Instagram sent account fields the wall cannot read.');
  return parsed.data.username;
}

function createInstagramDriver(options: InstagramOptions, context: ConnectorContext): SourceDriver {
  const client = new GraphClient({
    baseUrl: options.baseUrl,
    token: options.token,
    label: 'Instagram',
    now: context.now,
  });
  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const now = context.now();
      const nowSec = Math.floor(now / 1000);
      const previous = instagramCursor.parse(cursor);
      const state = previous ?? freshInstagramCursor();
      const periodic = state.polls % options.recheckEveryPolls === 0;
      const username =
        periodic || !state.username ? await brandUsername(client, options.igUserId, signal) : state.username;
      const ctx: InstagramMapContext = {
        igUserId: options.igUserId,
        username: options.username ?? username,
        nowIso: new Date(now).toISOString(),
      };

      const account = await readAccountMedia({ client, options, ctx, state, firstSync: !previous, nowSec, signal });
      const isOwn = (id: string) => account.media.get(id)?.origin === 'own' && !account.gone.has(id);
      const { read, deferred } = postsToRead(account.changed, state.recentComments, isOwn, options.maxCommentFetches);
      const comments = await followComments({
        client,
        signal,
        key,
        cursor: state,
        toRead: read,
        list: (mediaId) => readMediaComments(client, mediaId, options, ctx, signal),
        goneParents: account.gone,
        nowSec,
        recheck: periodic && previous !== undefined,
        batchSize: options.recheckBatch,
        fields: SINGLE_COMMENT_FIELDS,
        map: (raw, comment) => mapInstagramComment(raw, comment.postId, ctx),
      });
      // A media whose comments wait for a later poll keeps its old count, so that it still looks changed then.
      const before = new Map(state.media.map((m) => [m.id, m]));
      for (const id of deferred) {
        const m = account.media.get(id);
        if (m) m.commentCount = before.get(id)?.commentCount ?? -2;
      }

      const known = new Set([...account.media.keys(), ...state.media.map((m) => m.id)]);
      const hashtags = await readHashtags({ client, options, ctx, state, known, nowMs: now, signal });

      // At least the last 24 h, recent_media's reach: what the hashtag pass must not overwrite.
      const keepFrom = Math.min(nowSec - options.activeHours * 3600, nowSec - RECENT_SECONDS);
      const next = instagramCursor.format({
        v: 2,
        username,
        newestMediaAt: account.newestMediaAt,
        polls: state.polls + 1,
        media: [...account.media.values()]
          .filter((m) => m.createdAt >= keepFrom)
          .sort((a, b) => b.createdAt - a.createdAt),
        ...comments.cursor,
        hashtagIds: hashtags.hashtagIds,
        hashtagSearches: hashtags.hashtagSearches,
      });
      const usage = client.usage();
      return {
        events: [...account.events, ...comments.events, ...hashtags.events],
        cursor: next,
        ...usage,
        budget: { ...usage.budget, ...hashtagBudget(hashtags.hashtagSearches, options.hashtagsLimit, now) },
        notes: hashtagNotes(hashtags.hashtagSearches, options.hashtagsLimit, hashtags.refused, now),
      };
    },
  };
}

export const instagramConnector: ConnectorDefinition<InstagramOptions> = {
  type: 'instagram',
  label: 'Instagram (business account)',
  networks: ['instagram'],
  optionsSchema: InstagramOptionsSchema,
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createInstagramDriver,
};
