// GET /api/events: the change feed as server-sent events, filtered to one panel with ?panel=, resumable
// with Last-Event-ID (a screen that reconnects gets what it missed, or a `reset` when that is impossible).
// Bounded against hostile local clients: HEAD gets the headers and an end (a stream nobody reads would never
// close), at most `maxStreams` streams are open at once, and a client that stops reading is cut once its
// unsent backlog passes `maxBacklogBytes` (it resumes with Last-Event-ID like any screen).
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ErrorResponse, PanelView, StreamEvent } from '../../shared/api-contract.ts';
import type { SequencedEvent } from '../engine/change-feed.ts';
import { matchesPanel } from '../engine/panel-filter.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';

const HEARTBEAT_MS = 15_000;

export interface EventsRouteLimits {
  /** Streams open at once; one more is answered 503 (a wall has a handful of screens and one settings page). */
  maxStreams: number;
  /** Bytes written but not yet taken by the client; past it, the stream is closed. */
  maxBacklogBytes: number;
}

/** A burst of a backfill (chunks of 100 posts) is a few hundred kB; a client that reads keeps up between chunks. */
export const DEFAULT_EVENTS_LIMITS: EventsRouteLimits = { maxStreams: 64, maxBacklogBytes: 16 * 2 ** 20 };

/** The Node socket behind a request (node-server hands it to the app as `env.incoming`). */
function dropConnection(c: Context): void {
  (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.destroy();
}

function wanted(event: StreamEvent, panel: PanelView | undefined): boolean {
  return !panel || event.type !== 'post' || matchesPanel(event.data.post, panel);
}

/** The route and how many streams it has open (tests and the fault suite read it). */
export interface EventsRoute {
  (c: Context): Response | Promise<Response>;
  openStreams(): number;
}

/** @param readApi the wall, or what this request may read of it (a hub's store: its profile). */
export function eventsRoute(
  readApi: WallReadApi | ((c: Context) => WallReadApi),
  limits: EventsRouteLimits = DEFAULT_EVENTS_LIMITS,
): EventsRoute {
  let open = 0;
  const route = (c: Context): Response => {
    const api = typeof readApi === 'function' ? readApi(c) : readApi;
    const panelId = c.req.query('panel');
    const panel = panelId === undefined ? undefined : api.panel(panelId);
    if (panelId !== undefined && !panel) return c.json<ErrorResponse>({ error: `No panel "${panelId}".` }, 404);
    // HEAD asks for the headers only: answered at once, never a stream.
    if (c.req.method === 'HEAD')
      return c.body(null, 200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    if (open >= limits.maxStreams) {
      c.header('Retry-After', '30');
      return c.json<ErrorResponse>({ error: `Too many live streams open (${limits.maxStreams}).` }, 503);
    }
    const lastEventId = c.req.header('last-event-id');

    open++;
    return streamSSE(c, async (stream) => {
      let backlog = 0;
      let cut: () => void = () => {};
      const closed = new Promise<void>((resolve) => {
        cut = resolve;
        stream.onAbort(resolve);
      });
      const write = (message: { id?: string; event: string; data: string }) => {
        if (stream.aborted || stream.closed) return;
        const size = message.data.length + 64;
        backlog += size;
        // Its unsent bytes would never be flushed: the connection is dropped, not closed politely.
        if (backlog > limits.maxBacklogBytes) return (dropConnection(c), cut());
        void stream.writeSSE(message).finally(() => (backlog -= size));
      };
      const send = (e: SequencedEvent) => {
        if (wanted(e.event, panel)) write({ id: e.id, event: e.event.type, data: e.json });
      };
      try {
        // Replay and subscribe in the same synchronous block: no event can fall between the two.
        const resume = api.feed.resume(lastEventId);
        if (resume.kind === 'reset') write({ event: 'reset', data: JSON.stringify({ reason: resume.reason }) });
        else if (resume.kind === 'replay') resume.events.forEach(send);
        const subscription = api.feed.events$.subscribe({ next: send, complete: () => cut() });
        const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n').catch(() => cut()), HEARTBEAT_MS);
        await closed;
        clearInterval(heartbeat);
        subscription.unsubscribe();
      } finally {
        open--;
      }
    });
  };
  return Object.assign(route, { openStreams: () => open });
}
