// The hub's live stream (GET /api/events, server-sent events) read over fetch, so that it carries the store's
// token and our own Last-Event-ID (a browser's EventSource can do neither). One call is one connection: it
// resolves when the hub ends the stream, and rejects with a HubError when it cannot be opened or breaks; the
// follower decides when to open the next one. The SSE framing is eventsource-parser's.
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { HubClient } from './hub-client.ts';
import { HubError } from './hub-client.ts';

export interface HubMessage {
  id: string | undefined;
  event: string;
  data: string;
}

export interface HubStreamHandlers {
  /** The hub accepted the stream (the link is up); messages wait until the promise settles (a catch-up). */
  onOpen(): Promise<void>;
  /** Called in order; the next message waits until the promise settles (the store is written in order). */
  onMessage(message: HubMessage): Promise<void>;
  /** Bytes came (a message or the keep-alive): the link was alive at this moment. */
  onHeard?(): void;
}

/** Longer than the hub's keep-alive comment (every 15 s): silence past it is a dead link, not a quiet wall. */
export const STREAM_SILENCE_MS = 45_000;

export async function readHubEvents(
  client: HubClient,
  lastEventId: string | undefined,
  handlers: HubStreamHandlers,
  signal: AbortSignal,
): Promise<void> {
  const local = new AbortController();
  const stop = (): void => local.abort();
  signal.addEventListener('abort', stop, { once: true });
  // A link cut without a reset (a cable pulled) never ends the TCP stream: silence past the keep-alive ends it.
  let silence: NodeJS.Timeout | undefined;
  const heard = (): void => {
    clearTimeout(silence);
    silence = setTimeout(stop, STREAM_SILENCE_MS);
  };
  try {
    heard();
    const response = await client.open(
      '/api/events',
      { accept: 'text/event-stream', ...(lastEventId !== undefined ? { 'last-event-id': lastEventId } : {}) },
      local.signal,
    );
    if (!response.body) throw new HubError('bad-answer', 'The hub opened an empty event stream.');
    await handlers.onOpen();
    heard();
    const bytes = response.body as ReadableStream<Uint8Array>;
    // The keep-alive comments reach the byte stream, not the parser's output: every chunk counts as heard.
    const watched = bytes.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (c, q) => (heard(), handlers.onHeard?.(), q.enqueue(c)),
      }),
    );
    const messages = watched.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
    for await (const message of messages) {
      await handlers.onMessage({ id: message.id, event: message.event ?? 'message', data: message.data });
      heard();
    }
    if (local.signal.aborted && !signal.aborted)
      throw new HubError('unreachable', `The hub's stream went silent for ${STREAM_SILENCE_MS / 1000} s.`);
  } catch (err) {
    if (signal.aborted) return;
    if (err instanceof HubError) throw err;
    throw new HubError('unreachable', `The hub's stream broke (${(err as Error).message}).`);
  } finally {
    clearTimeout(silence);
    signal.removeEventListener('abort', stop);
  }
}
