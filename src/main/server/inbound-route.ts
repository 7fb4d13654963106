// POST /api/inbound/:sourceId — what the company's site pushes (its reviews webhook). Mounted outside the
// display-token guard: the source's own webhook token (checked by its connector, in constant time)
// guards it; the Host check still applies (inboundHostCheck). The body is read with a hard cap before any
// parsing, so a huge upload costs at most that much memory, and its nesting is bounded before it is parsed.
import type { Context, MiddlewareHandler } from 'hono';
import type { InboundRequest } from '../../connectors/connector.ts';
import { isOwnHost } from './access-guard.ts';
import { isPublicHost } from './public-hosts.ts';
import { parseJsonBody } from './json-body.ts';

/** Largest body accepted, in bytes; more is answered 413 without being read further. */
export const INBOUND_MAX_BYTES = 256 * 1024;

export interface InboundAnswer {
  status: number;
  error?: string;
  accepted?: number;
  invalid?: number;
}

export type InboundReceive = (sourceId: string, request: InboundRequest) => Promise<InboundAnswer>;

class TooLarge extends Error {}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  if (!request.body) return '';
  // A fetch body is a byte stream (Node's types leave its chunks `any`).
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What an unauthenticated caller may learn: nothing about which sources exist. */
const REFUSED_STATUSES = new Set([401, 403, 404]);
export const NOT_ACCEPTED: InboundAnswer = {
  status: 401,
  error:
    'Not accepted: no source takes this token at this address (check the webhook URL and the Authorization: Bearer token).',
};

const STATUSES = new Set([202, 400, 401, 403, 404, 413, 415, 422, 500, 503]);

function reply(c: Context, answer: InboundAnswer): Response {
  const status = STATUSES.has(answer.status) ? answer.status : 500;
  return c.json(
    answer.error !== undefined
      ? { error: answer.error }
      : { accepted: answer.accepted ?? 0, invalid: answer.invalid ?? 0 },
    status as 202,
  );
}

export function inboundRoute(receive: InboundReceive, maxBytes = INBOUND_MAX_BYTES) {
  return async (c: Context): Promise<Response> => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
      return reply(c, { status: 415, error: 'Send the reviews as JSON (Content-Type: application/json).' });
    let text: string;
    try {
      text = await readCapped(c.req.raw, maxBytes);
    } catch (err) {
      if (err instanceof TooLarge)
        return reply(c, {
          status: 413,
          error: `Body too large (over ${maxBytes / 1024} kB): send the reviews in parts.`,
        });
      throw err;
    }
    const body = parseJsonBody(text);
    if (!body.ok) return reply(c, { status: body.status, error: body.error });
    if (body.value === undefined)
      return reply(c, { status: 400, error: 'The body is empty: send the reviews as JSON.' });
    const headers = Object.fromEntries(Object.entries(c.req.header()).map(([k, v]) => [k.toLowerCase(), v]));
    const answer = await receive(c.req.param('sourceId') ?? '', { headers, body: body.value });
    // No source, a source that takes no webhook, a wrong token: one answer, so a caller without the token
    // cannot learn which source ids exist.
    return reply(c, REFUSED_STATUSES.has(answer.status) ? NOT_ACCEPTED : answer);
  };
}

/** The access guard's Host check alone (DNS rebinding), for the routes that carry their own credentials. */
export function inboundHostCheck(port: () => number, publicHosts: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    if (!isOwnHost(host, port()) && !isPublicHost(host, publicHosts))
      return c.json({ error: 'This server only answers to its own address (Host header refused).' }, 403);
    await next();
  };
}
