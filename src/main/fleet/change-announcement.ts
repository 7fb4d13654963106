// The wire format of a hub's change announcements (pg-fan-out.ts): one NOTIFY payload carries the events of a
// burst, `{"o": origin, "e": [{"t": type, "d": data}, …]}`, under PostgreSQL's 8,000-byte limit. A post too large
// for one travels as its key (`{"t": "post", "k": key}`) and is read back from the database.
import type { StreamEvent } from '../../shared/api-contract.ts';

/** Below PostgreSQL's limit on a notification's payload (8,000 bytes), with room for the envelope. */
export const MAX_PAYLOAD_BYTES = 7_800;

export interface Outgoing {
  /** The event as `{"t":…,"d":…}`. */
  text: string;
  /** A post's key, sent instead when the post is too large. */
  postKey?: string;
}

export interface Announced {
  event?: StreamEvent;
  postKey?: string;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The payloads that carry `items` in order; what cannot travel at all (never a post) is left out. */
export function encodeAnnouncements(origin: string, items: readonly Outgoing[]): string[] {
  const head = `{"o":${JSON.stringify(origin)},"e":[`;
  const payloads: string[] = [];
  let parts: string[] = [];
  let size = bytes(head) + 2;
  const close = (): void => {
    if (parts.length > 0) payloads.push(`${head}${parts.join(',')}]}`);
    parts = [];
    size = bytes(head) + 2;
  };
  for (const item of items) {
    let text = item.text;
    if (bytes(text) + bytes(head) + 2 > MAX_PAYLOAD_BYTES) {
      if (item.postKey === undefined) continue;
      text = `{"t":"post","k":${JSON.stringify(item.postKey)}}`;
    }
    if (size + bytes(text) + 1 > MAX_PAYLOAD_BYTES) close();
    parts.push(text);
    size += bytes(text) + 1;
  }
  close();
  return payloads;
}

const TYPES: ReadonlySet<string> = new Set(['post', 'remove', 'health', 'reset']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The announcement in a payload, or undefined when it is not one (another program on the channel). */
export function decodeAnnouncement(payload: string): { origin: string; events: Announced[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || typeof parsed['o'] !== 'string' || !Array.isArray(parsed['e'])) return undefined;
  const events: Announced[] = [];
  for (const item of parsed['e'] as unknown[]) {
    if (!isRecord(item) || typeof item['t'] !== 'string' || !TYPES.has(item['t'])) continue;
    if (typeof item['k'] === 'string') events.push({ postKey: item['k'] });
    else if (isRecord(item['d'])) events.push({ event: { type: item['t'], data: item['d'] } as StreamEvent });
  }
  return { origin: parsed['o'], events };
}
