// Simulated store PCs, many in one process (a real store PC is a whole wall; a thousand of them do not fit on
// this machine): each speaks the follower protocol with its own store token — a first start reading the hub's
// panels and statistics with the follower's own HubClient, then GET /api/events with the token, the
// `X-Social-Wall-Version` header and Last-Event-ID on reconnection — but keeps nothing. The stream is read with
// node:http and eventsource-parser's callback parser (the follower's web streams cost more CPU than this whole
// simulated store may take on a 2-core machine shared with the hub). For each bench post (text
// `fleet-bench #<n>`) it reports the moment it arrived, on the machine's shared clock.
//   argv: <hub origin> <tokens file: JSON string[]> <first follower index>
//   stdout: `opened <count>` as streams open, `ready` once all are, then `a <post n> <follower> <ms>` lines,
//   `m <messages> <by type, JSON>` (every message received so far), `e <message>` for a stream that broke (opened again after 1 s).
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createParser } from 'eventsource-parser';
import { HubClient } from '../../src/main/fleet/follower/hub-client.ts';
import { VERSION_HEADER } from '../../src/shared/fleet-contract.ts';

const [hub = '', tokensFile = '', firstArg = '0'] = process.argv.slice(2);
const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as string[];
const first = Number(firstArg);
const abort = new AbortController();
const clock = (): number => performance.timeOrigin + performance.now();
/** Streams opened at the same time: a thousand stores starting together would queue on the hub's pool anyway. */
const OPENING_AT_ONCE = 25;
const MARKER = /fleet-bench #(\d+)/;
const VERSION = 'bench-fleet';

let opened = 0;
let messages = 0;
const byType: Record<string, number> = {};
let pending: string[] = [];
const say = (line: string): void => void pending.push(line);

/** One connection of GET /api/events: resolves when the hub ends it, rejects when it cannot open or breaks. */
function readStream(token: string, at: { lastEventId?: string }, onOpen: () => Promise<void>, index: number) {
  const lastEventId = at.lastEventId;
  return new Promise<void>((resolve, reject) => {
    const parser = createParser({
      onEvent: (m) => {
        messages++;
        byType[m.event ?? 'message'] = (byType[m.event ?? 'message'] ?? 0) + 1;
        if (m.id) at.lastEventId = m.id;
        if (m.event !== 'post') return;
        const n = MARKER.exec(m.data)?.[1];
        if (n !== undefined) say(`a ${n} ${index} ${clock().toFixed(3)}`);
      },
    });
    const req = request(new URL('/api/events', hub), {
      headers: {
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
        [VERSION_HEADER]: VERSION,
        ...(lastEventId !== undefined ? { 'last-event-id': lastEventId } : {}),
      },
      signal: abort.signal,
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`the hub answered ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      onOpen().then(
        () => res.on('data', (chunk: string) => parser.feed(chunk)),
        (err: unknown) => (res.destroy(), reject(err as Error)),
      );
      res.on('end', () => resolve());
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function follow(token: string, index: number, onFirstOpen: () => void): Promise<void> {
  const client = new HubClient({ hub, token, version: VERSION });
  const at: { lastEventId?: string } = {};
  let first = true;
  const onOpen = async (): Promise<void> => {
    if (!first) return;
    // A store PC's first start reads what it will show before the live stream (the posts' backfill aside).
    await client.get('/api/panels', '/api/panels', abort.signal);
    await client.get('/api/stats', '/api/stats', abort.signal);
    first = false;
    onFirstOpen();
  };
  while (!abort.signal.aborted) {
    try {
      await readStream(token, at, onOpen, index);
    } catch (err) {
      if (abort.signal.aborted) return;
      say(`e ${(err as Error).message.replaceAll('\n', ' ')}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

// Report in batches, so that reporting loads the machine less than the followers do.
setInterval(() => say(`m ${messages} ${JSON.stringify(byType)}`), 1_000);
setInterval(() => {
  if (pending.length) process.stdout.write(pending.join('\n') + '\n');
  pending = [];
}, 50);
process.once('SIGTERM', () => {
  abort.abort();
  setTimeout(() => process.exit(0), 100);
});

let waiting: (() => void) | undefined;
const openedAtLeast = (count: number): Promise<void> =>
  new Promise((resolve) => {
    const check = (): void => (opened >= count ? resolve() : void (waiting = check));
    check();
  });
for (const [i, token] of tokens.entries()) {
  void follow(token, first + i, () => {
    opened++;
    if (opened % 100 === 0) say(`opened ${opened}`);
    if (opened === tokens.length) say('ready');
    const next = waiting;
    waiting = undefined;
    next?.();
  });
  if ((i + 1) % OPENING_AT_ONCE === 0) await openedAtLeast(i + 1);
}
