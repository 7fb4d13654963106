// Plain node:http requests for tests that must set headers fetch() forbids (Host) and read raw SSE.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export function request(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/** A server-sent-events client that keeps every message and lets a test wait for one. */
export class SseClient {
  readonly messages: SseMessage[] = [];
  status = 0;
  /** Called on each message as it arrives (benchmarks time deliveries with it). */
  onMessage: (message: SseMessage) => void = () => {};
  private buffer = '';
  private waiters: (() => void)[] = [];
  private close: () => void = () => {};
  private ended = false;
  private endListeners: (() => void)[] = [];

  /** Calls `listener` once the server ends the stream (or the connection drops). */
  onEnd(listener: () => void): void {
    if (this.ended) listener();
    else this.endListeners.push(listener);
  }

  private end$(): void {
    if (this.ended) return;
    this.ended = true;
    this.endListeners.splice(0).forEach((l) => l());
  }

  static open(port: number, path: string, headers: Record<string, string>): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path, headers: { accept: 'text/event-stream', ...headers } },
        (res) => {
          client.status = res.statusCode ?? 0;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => client.feed(chunk));
          res.on('close', () => client.end$());
          resolve(client);
        },
      );
      client.close = () => req.destroy();
      req.on('error', (err) => (client.status ? undefined : reject(err)));
      req.end();
    });
  }

  private feed(chunk: string): void {
    // Split once per chunk: slicing the buffer once per message would be quadratic on big bursts.
    const blocks = (this.buffer + chunk).split('\n\n');
    this.buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const message: SseMessage = { event: 'message', data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') message.id = value;
        else if (field === 'event') message.event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length || message.id) {
        message.data = data.join('\n');
        this.messages.push(message);
        this.onMessage(message);
      }
    }
    this.waiters.splice(0).forEach((w) => w());
  }

  async waitFor(predicate: (m: SseMessage[]) => boolean, timeoutMs = 5_000): Promise<SseMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got events: ${this.messages.map((m) => m.event).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  end(): void {
    this.close();
  }
}
