// Reads X's filtered stream: one long HTTP answer of JSON lines separated by \r\n, with a bare \r\n
// every 20 s as keep-alive. Yields each non-empty line; throws when the connection ends, fails, or goes
// silent longer than the keep-alive timeout (then the runtime reconnects with backoff). The empty string
// is yielded once, when X accepted the connection (so the health can say it is connected).
import { ConnectorError } from '../connector.ts';
import { readRateLimit, type HeaderBag } from '../shared/rate-limit.ts';
import { xStatusError } from './x-errors.ts';

export interface StreamLinesRequest {
  url: string;
  headers: Record<string, string>;
  keepAliveTimeoutMs: number;
  signal: AbortSignal;
  now: () => number;
  /** Called with each keep-alive, so the caller can show the connection is alive. */
  onKeepAlive?: () => void;
}

const KEEP_ALIVE_STOPPED = 'X stream keep-alive stopped';

export async function* readXStreamLines(req: StreamLinesRequest): AsyncGenerator<string> {
  const local = new AbortController();
  const abort = () => local.abort();
  req.signal.addEventListener('abort', abort, { once: true });
  let silent = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      silent = true;
      local.abort();
    }, req.keepAliveTimeoutMs);
  };
  try {
    arm();
    let response: Response;
    try {
      response = await fetch(req.url, { headers: req.headers, signal: local.signal });
    } catch (err) {
      if (silent) throw new ConnectorError('network', 'X stream did not answer in time');
      throw new ConnectorError(
        'network',
        `X stream could not be reached: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (!response.ok || !response.body) {
      const text = await response.text().catch(() => '');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      const headers: HeaderBag = Object.fromEntries(response.headers.entries());
      throw xStatusError(response.status, body, readRateLimit(headers, req.now()).resetAt, req.now());
    }
    // A fetch body is a byte stream (Node's types leave its chunks `any`).
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    clearTimeout(timer);
    yield '';
    arm();
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (err) {
        if (silent) throw new ConnectorError('network', KEEP_ALIVE_STOPPED);
        if (req.signal.aborted) return;
        throw new ConnectorError('network', `X stream dropped: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (chunk.done) {
        if (req.signal.aborted) return;
        throw new ConnectorError('network', 'X closed the stream');
      }
      arm();
      buffered += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, end).trim();
        buffered = buffered.slice(end + 1);
        if (line === '') {
          req.onKeepAlive?.();
          continue;
        }
        // The silence timer does not run while the consumer stores what was yielded.
        clearTimeout(timer);
        yield line;
        arm();
      }
    }
  } finally {
    clearTimeout(timer);
    req.signal.removeEventListener('abort', abort);
    local.abort();
  }
}
