// Reads a server-sent events body: yields each event, counts comments (heartbeats) as life, and throws
// when nothing at all arrived for `idleMs` — a silent connection is a dead one.
import { ConnectorError } from '../connector.ts';

export interface SseEvent {
  event: string;
  data: string;
}

export async function* readSse(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  label: string,
  signal: AbortSignal,
): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<'idle'>((resolve) => {
        timer = setTimeout(() => resolve('idle'), idleMs);
      });
      const read = await Promise.race([reader.read(), idle]).finally(() => clearTimeout(timer));
      if (signal.aborted) return;
      if (read === 'idle')
        throw new ConnectorError(
          'network',
          `${label} went quiet for ${Math.round(idleMs / 1000)} s (no heartbeat): reconnecting`,
        );
      if (read.done) throw new ConnectorError('network', `${label} closed the live stream`);
      buffer += decoder.decode(read.value, { stream: true });
      const lines = buffer.split(/\r?\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length) yield { event, data: data.join('\n') };
          event = 'message';
          data = [];
        } else if (line.startsWith(':')) {
          // A comment: Mastodon's heartbeat (":thump"). It only proves the connection is alive.
        } else {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = value;
          else if (field === 'data') data.push(value);
        }
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
