// The account's media step: its own media and the media it is tagged in, newest first down to the window
// (or the high-water mark after a long stop); an own media listed last time and missing now is confirmed
// gone by id, a tagged one missing is gone (untagged or deleted).
import type { SourceEvent } from '../connector.ts';
import { fetchIfExists, GONE } from '../meta/fetch-if-exists.ts';
import type { GraphClient } from '../meta/graph-client.ts';
import { graphTimeToSeconds } from '../meta/graph-time.ts';
import type { InstagramCursor, WindowMedia } from './instagram-cursor.ts';
import type { InstagramOptions } from './instagram-options.ts';
import { InstagramMediaSchema, MEDIA_FIELDS } from './instagram-payload.ts';
import { mapInstagramMedia, type InstagramMapContext } from './map-instagram-item.ts';

const key = (id: string) => `instagram:${id}`;

export function timestampSeconds(raw: unknown): number {
  const t = raw !== null && typeof raw === 'object' ? (raw as { timestamp?: unknown }).timestamp : undefined;
  return typeof t === 'string' ? graphTimeToSeconds(t) : 0;
}

export interface AccountMediaStep {
  client: GraphClient;
  options: InstagramOptions;
  ctx: InstagramMapContext;
  state: InstagramCursor;
  firstSync: boolean;
  nowSec: number;
  signal: AbortSignal;
}

export interface AccountMedia {
  events: SourceEvent[];
  /** The media of the window as listed now, by id. */
  media: Map<string, WindowMedia>;
  gone: Set<string>;
  /** Own media whose comment count moved: their comments are read. */
  changed: string[];
  newestMediaAt: number;
}

export async function readAccountMedia(step: AccountMediaStep): Promise<AccountMedia> {
  const { client, options, ctx, state, nowSec, signal } = step;
  const windowStart = nowSec - options.activeHours * 3600;
  const floor = step.firstSync ? windowStart : Math.min(state.newestMediaAt - options.overlapSeconds, windowStart);
  const events: SourceEvent[] = [];
  const media = new Map<string, WindowMedia>();
  const complete = { own: false, tagged: false };
  for (const origin of options.includeTagged ? (['own', 'tagged'] as const) : (['own'] as const)) {
    const listing = await client.list(
      `/${encodeURIComponent(options.igUserId)}/${origin === 'own' ? 'media' : 'tags'}`,
      { fields: MEDIA_FIELDS, limit: options.pageSize },
      {
        signal,
        maxPages: options.maxPages,
        stopAfter: (items) => items.some((m) => timestampSeconds(m) > 0 && timestampSeconds(m) < floor),
      },
    );
    complete[origin] = listing.complete;
    for (const raw of listing.items) {
      const parsed = InstagramMediaSchema.safeParse(raw);
      if (parsed.success && graphTimeToSeconds(parsed.data.timestamp) < floor) continue;
      events.push(mapInstagramMedia(raw, origin, ctx));
      if (!parsed.success || media.has(parsed.data.id)) continue;
      const createdAt = graphTimeToSeconds(parsed.data.timestamp);
      media.set(parsed.data.id, {
        id: parsed.data.id,
        createdAt,
        commentCount: parsed.data.comments_count ?? -1,
        origin,
      });
    }
  }
  const newestMediaAt = Math.max(state.newestMediaAt, ...[...media.values()].map((m) => m.createdAt));

  // Media listed last time, inside the range read now, and gone: own ones are confirmed by id.
  const gone = new Set<string>();
  for (const old of state.media) {
    if (media.has(old.id) || old.createdAt <= floor || !complete[old.origin]) continue;
    const again = old.origin === 'tagged' ? GONE : await fetchIfExists(client, old.id, MEDIA_FIELDS, signal);
    if (again === GONE) {
      gone.add(old.id);
      events.push({ type: 'delete', key: key(old.id) });
    } else {
      events.push(mapInstagramMedia(again, 'own', ctx));
      media.set(old.id, old);
    }
  }

  // Comments only where the count moved (the brand's own media: tagged media's comments are not ours).
  const memory = new Map(state.media.map((m) => [m.id, m]));
  const changed = [...media.values()]
    .filter((m) => m.origin === 'own' && m.commentCount !== 0 && memory.get(m.id)?.commentCount !== m.commentCount)
    .map((m) => m.id);
  return { events, media, gone, changed, newestMediaAt };
}
