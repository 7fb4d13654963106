// GET /api/events: the change feed as server-sent events, filtered to one panel with ?panel=, resumable
// with Last-Event-ID (a screen that reconnects gets what it missed, or a `reset` when that is impossible).
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ErrorResponse, PanelView, StreamEvent } from '../../shared/api-contract.ts';
import type { SequencedEvent } from '../engine/change-feed.ts';
import { matchesPanel } from '../engine/panel-filter.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';

const HEARTBEAT_MS = 15_000;

function wanted(event: StreamEvent, panel: PanelView | undefined): boolean {
  return !panel || event.type !== 'post' || matchesPanel(event.data.post, panel);
}

export function eventsRoute(api: WallReadApi) {
  return (c: Context): Response => {
    const panelId = c.req.query('panel');
    const panel = panelId === undefined ? undefined : api.panel(panelId);
    if (panelId !== undefined && !panel) return c.json<ErrorResponse>({ error: `No panel "${panelId}".` }, 404);
    const lastEventId = c.req.header('last-event-id');

    return streamSSE(c, async (stream) => {
      const send = (e: SequencedEvent) => {
        if (wanted(e.event, panel)) void stream.writeSSE({ id: e.id, event: e.event.type, data: e.json });
      };
      // Replay and subscribe in the same synchronous block: no event can fall between the two.
      const resume = api.feed.resume(lastEventId);
      if (resume.kind === 'reset') {
        void stream.writeSSE({ event: 'reset', data: JSON.stringify({ reason: resume.reason }) });
      } else if (resume.kind === 'replay') {
        resume.events.forEach(send);
      }
      const subscription = api.feed.events$.subscribe(send);
      const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(heartbeat);
      subscription.unsubscribe();
    });
  };
}
