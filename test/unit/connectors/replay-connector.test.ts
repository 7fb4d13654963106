import { appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type SourceDriver, type SourceEvent } from '../../../src/connectors/connector.ts';
import { replayConnector } from '../../../src/connectors/replay/replay-connector.ts';
import { NETWORKS, PostSchema } from '../../../src/shared/post.ts';

const SAMPLE = fileURLToPath(new URL('../../fixtures/replay/sample.jsonl', import.meta.url));
const RECORDED = Date.UTC(2025, 2, 14, 9, 0); // when the test posts were "recorded"
const REPLAY_START = Date.UTC(2025, 5, 1, 12, 0);

interface Item {
  key: string;
  createdAt: string;
  fetchedAt?: string;
  editedAt?: string;
  parentKey?: string;
  rootKey?: string;
  metrics?: { likes?: number; asOf: string };
}

let dir: string;
let clock: { now: number };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replay-test-'));
  clock = { now: REPLAY_START };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function postLine(id: number, offsetMs: number, extra: Record<string, unknown> = {}): string {
  const createdAt = new Date(RECORDED + offsetMs).toISOString();
  return JSON.stringify({
    key: `x:${id}`,
    network: 'x',
    kind: 'post',
    sourceId: 'recorded',
    author: { id: `u${id}`, name: `User ${id}`, isBrand: false },
    text: `post ${id} ✨`,
    createdAt,
    fetchedAt: new Date(RECORDED + offsetMs + 1000).toISOString(),
    ...extra,
  });
}

function writeLines(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
}

function createReplay(options: Record<string, unknown>): SourceDriver {
  return replayConnector.create(replayConnector.optionsSchema.parse(options), {
    sourceId: 'replay',
    now: () => clock.now,
    assetBaseUrl: '/bundled',
  });
}

async function poll(
  driver: SourceDriver,
  cursor: string | undefined,
): Promise<{ events: SourceEvent[]; items: Item[]; cursor: string | undefined }> {
  const result = await driver.poll({ cursor, signal: new AbortController().signal });
  const items = result.events.flatMap((e) => (e.type === 'upsert' ? [e.item as Item] : []));
  return { events: result.events, items, cursor: result.cursor };
}

const keys = (items: Item[]): string[] => items.map((i) => i.key);

describe('replay source', () => {
  it('plays posts in time order at the chosen speed, moved to now', async () => {
    const file = writeLines('timed.jsonl', [
      postLine(1, 0),
      postLine(2, 10_000),
      postLine(3, 20_000),
      postLine(4, 40_000),
    ]);
    const driver = createReplay({ file, speed: 10 });
    const played: string[][] = [];
    let cursor: string | undefined;
    for (let step = 0; step <= 4; step++) {
      clock.now = REPLAY_START + step * 1000;
      const r = await poll(driver, cursor);
      played.push(keys(r.items));
      cursor = r.cursor;
      for (const item of r.items) expect(Date.parse(item.createdAt)).toBeLessThanOrEqual(clock.now);
      if (step === 2) expect(r.items[0]?.createdAt).toBe(new Date(REPLAY_START + 2000).toISOString());
    }
    // Recorded 10 s apart, played 1 s apart at speed 10; the post at +40 s waits until +4 s.
    expect(played).toEqual([['x:1'], ['x:2'], ['x:3'], [], ['x:4']]);
  });

  it("plays everything at once with speed 'max', in batches of maxPerPoll", async () => {
    const file = writeLines(
      'max.jsonl',
      [1, 2, 3, 4, 5].map((i) => postLine(i, i * 3_600_000)),
    );
    const driver = createReplay({ file, speed: 'max', maxPerPoll: 2 });
    const batches: string[][] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 4; i++) {
      const r = await poll(driver, cursor);
      batches.push(keys(r.items));
      cursor = r.cursor;
    }
    expect(batches).toEqual([['x:1', 'x:2'], ['x:3', 'x:4'], ['x:5'], []]);
    const all = await poll(createReplay({ file, speed: 'max' }), undefined);
    expect(keys(all.items)).toEqual(['x:1', 'x:2', 'x:3', 'x:4', 'x:5']);
    // Moved to now: stamped with the moment they were played.
    for (const item of all.items) expect(item.createdAt).toBe(new Date(REPLAY_START).toISOString());
  });

  it('rewrites createdAt, fetchedAt, editedAt and metrics when rebasing, and keeps them otherwise', async () => {
    const edited = {
      editedAt: new Date(RECORDED + 30_000).toISOString(),
      metrics: { likes: 3, asOf: new Date(RECORDED + 12_000).toISOString() },
    };
    const file = writeLines('rebase.jsonl', [postLine(1, 0), postLine(2, 8_000, edited)]);

    clock.now = REPLAY_START + 10_000;
    const rebased = await poll(createReplay({ file, speed: 2 }), undefined);
    // The replay started at this poll: the first post maps to now, the second is not due before now + 4 s.
    expect(keys(rebased.items)).toEqual(['x:1']);
    clock.now += 3999;
    expect((await poll(createReplay({ file, speed: 2 }), rebased.cursor)).items).toEqual([]);
    clock.now += 6001;
    const second = (await poll(createReplay({ file, speed: 2 }), rebased.cursor)).items[0];
    // Due at +14 s (8 s recorded / speed 2), played by the poll at +20 s.
    expect(second?.createdAt).toBe(new Date(REPLAY_START + 14_000).toISOString());
    expect(second?.fetchedAt).toBe(new Date(REPLAY_START + 20_000).toISOString());
    // Metrics read 4 s after the post: 2 s at speed 2.
    expect(second?.metrics?.asOf).toBe(new Date(REPLAY_START + 16_000).toISOString());
    // An edit 22 s after the post lands 11 s later, in the future: clamped to now.
    expect(second?.editedAt).toBe(new Date(REPLAY_START + 20_000).toISOString());
    expect(second?.metrics?.likes).toBe(3);

    const kept = await poll(createReplay({ file, speed: 'max', rebaseTime: false }), undefined);
    expect(kept.items.map((i) => [i.createdAt, i.fetchedAt])).toEqual([
      [new Date(RECORDED).toISOString(), new Date(RECORDED + 1000).toISOString()],
      [new Date(RECORDED + 8000).toISOString(), new Date(RECORDED + 9000).toISOString()],
    ]);
    expect(kept.items[1]?.editedAt).toBe(edited.editedAt);
  });

  it('keeps the recorded times but still paces the replay when not rebasing', async () => {
    const file = writeLines('paced.jsonl', [postLine(1, 0), postLine(2, 60_000)]);
    const driver = createReplay({ file, speed: 1, rebaseTime: false });
    const first = await poll(driver, undefined);
    expect(keys(first.items)).toEqual(['x:1']);
    clock.now += 59_000;
    expect(keys((await poll(driver, first.cursor)).items)).toEqual([]);
    clock.now += 1000;
    const second = await poll(driver, first.cursor);
    expect(second.items.map((i) => i.createdAt)).toEqual([new Date(RECORDED + 60_000).toISOString()]);
  });

  it('tails the file: a line appended after the start is played on the next poll', async () => {
    const file = writeLines('tail.jsonl', [postLine(1, 0), postLine(2, 1000)]);
    const driver = createReplay({ file, speed: 'max' });
    const first = await poll(driver, undefined);
    expect(keys(first.items)).toEqual(['x:1', 'x:2']);
    const idle = await poll(driver, first.cursor);
    expect(idle.events).toEqual([]);
    appendFileSync(file, `${postLine(3, 2000)}\n`);
    const next = await poll(driver, idle.cursor);
    expect(keys(next.items)).toEqual(['x:3']);
  });

  it('waits for a partial last line to be complete', async () => {
    const file = writeLines('partial.jsonl', [postLine(1, 0)]);
    const line = postLine(2, 1000);
    appendFileSync(file, line.slice(0, 40));
    const driver = createReplay({ file, speed: 'max' });
    const first = await poll(driver, undefined);
    expect(first.events.map((e) => e.type)).toEqual(['upsert']);
    const stillPartial = await poll(driver, first.cursor);
    expect(stillPartial.events).toEqual([]);
    expect(stillPartial.cursor).toBe(first.cursor);
    appendFileSync(file, `${line.slice(40)}\n`);
    const completed = await poll(driver, stillPartial.cursor);
    expect(keys(completed.items)).toEqual(['x:2']);
  });

  it('resumes from its cursor after a restart, without duplicates or gaps', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => postLine(i + 1, i * 5000));
    const file = writeLines('resume.jsonl', lines);
    const seen: Item[] = [];
    let cursor: string | undefined;
    let driver = createReplay({ file, speed: 5 });
    for (let step = 0; step < 30; step++) {
      // A new driver (a restarted wall) every few polls, resuming from the persisted cursor only.
      if (step % 4 === 3) driver = createReplay({ file, speed: 5 });
      const r = await poll(driver, cursor);
      seen.push(...r.items);
      cursor = r.cursor;
      clock.now += 700;
    }
    expect(keys(seen)).toEqual(lines.map((_, i) => `x:${i + 1}`));
    // Same schedule as an uninterrupted replay: post n is recorded at n × 5 s, so played at n × 1 s.
    seen.forEach((item, i) => expect(item.createdAt).toBe(new Date(REPLAY_START + i * 1000).toISOString()));
  });

  it('reports malformed lines as invalid, with their line number, and plays the rest', async () => {
    const r = await poll(createReplay({ file: SAMPLE, speed: 'max' }), undefined);
    const invalid = r.events.filter((e) => e.type === 'invalid');
    expect(invalid).toHaveLength(2);
    expect(invalid[0]).toMatchObject({ type: 'invalid', reason: expect.stringMatching(/^line 8: not JSON/) });
    expect(invalid[1]).toEqual({ type: 'invalid', reason: 'line 20: not a JSON object (got an array)' });
    // The sample is a realistic recording: every other line is a valid post.
    expect(r.items).toHaveLength(30);
    const posts = r.items.map((item) => PostSchema.parse(item));
    expect(new Set(posts.map((p) => p.network)).size).toBeGreaterThanOrEqual(8);
    const byKey = new Set(posts.map((p) => p.key));
    const replies = posts.filter((p) => p.parentKey !== undefined);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    for (const reply of replies) {
      expect(reply.author.isBrand).toBe(true);
      expect(byKey.has(reply.parentKey ?? '')).toBe(true);
    }
  });

  it('reports a missing file as a configuration error', async () => {
    const missing = join(dir, 'nope.jsonl');
    const error = await createReplay({ file: missing })
      .poll({ cursor: undefined, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'config', message: `replay file not found: ${missing}` });
  });

  it('loops with new keys, threads included, and never spins on a file of broken lines', async () => {
    const file = writeLines('loop.jsonl', [
      postLine(1, 0),
      postLine(2, 1000, { kind: 'reply', parentKey: 'x:1', rootKey: 'x:1' }),
    ]);
    const r = await poll(createReplay({ file, speed: 'max', loop: true, maxPerPoll: 5 }), undefined);
    expect(keys(r.items)).toEqual(['x:1', 'x:2', 'x:1~1', 'x:2~1', 'x:1~2']);
    expect(r.items[3]?.parentKey).toBe('x:1~1');
    expect(r.items[3]?.rootKey).toBe('x:1~1');

    const paced = createReplay({ file, speed: 1, loop: true });
    const a = await poll(paced, undefined);
    clock.now += 1000;
    const b = await poll(paced, a.cursor);
    clock.now += 1000;
    const c = await poll(paced, b.cursor);
    // The next pass starts one (recorded) second after the last post.
    expect([keys(a.items), keys(b.items), keys(c.items)]).toEqual([['x:1'], ['x:2'], ['x:1~1']]);

    const broken = writeLines('broken.jsonl', ['nope', '42']);
    const spun = await poll(createReplay({ file: broken, speed: 'max', loop: true }), undefined);
    expect(spun.events.map((e) => e.type)).toEqual(['invalid', 'invalid']);
  });

  it('starts over when the file is replaced by a shorter one', async () => {
    const file = writeLines('rotate.jsonl', [postLine(1, 0), postLine(2, 1000), postLine(3, 2000)]);
    const driver = createReplay({ file, speed: 'max' });
    const first = await poll(driver, undefined);
    writeLines('rotate.jsonl', [postLine(9, 0)]);
    const after = await poll(driver, first.cursor);
    expect(keys(after.items)).toEqual(['x:9']);
  });

  it('reads lines with CRLF endings, blank lines and multi-byte characters', async () => {
    const file = join(dir, 'crlf.jsonl');
    writeFileSync(file, `${postLine(1, 0)}\r\n\r\n${postLine(2, 1000, { text: 'Très bien 👍 merci' })}\r\n`);
    const r = await poll(createReplay({ file, speed: 'max' }), undefined);
    expect(r.events.map((e) => e.type)).toEqual(['upsert', 'upsert']);
    expect((r.items[1] as Item & { text: string }).text).toBe('Très bien 👍 merci');
  });

  it('declares its options with defaults and limits', () => {
    expect(replayConnector.optionsSchema.parse({ file: 'a.jsonl' })).toEqual({
      file: 'a.jsonl',
      speed: 1,
      rebaseTime: true,
      loop: false,
      maxPerPoll: 5000,
    });
    expect(replayConnector.optionsSchema.parse({ file: 'a.jsonl', speed: 'max' })).toMatchObject({ speed: 'max' });
    expect(replayConnector.optionsSchema.safeParse({ file: 'a.jsonl', speed: 0 }).success).toBe(false);
    expect(replayConnector.optionsSchema.safeParse({ file: 'a.jsonl', speed: 'fast' }).success).toBe(false);
    expect(replayConnector.optionsSchema.safeParse({}).success).toBe(false);
    expect(replayConnector).toMatchObject({
      type: 'replay',
      defaultPollSeconds: 0.25,
      minPollSeconds: 0.05,
      defaultCachePolicy: { mode: 'persist' },
    });
    expect(replayConnector.networks).toEqual(NETWORKS);
  });

  it('plays the bundled sample as a demo would, at real speed', async () => {
    const file = join(dir, 'sample.jsonl');
    copyFileSync(SAMPLE, file);
    const driver = createReplay({ file });
    let cursor: string | undefined;
    const counts: number[] = [];
    for (let minute = 0; minute < 25; minute++) {
      const r = await poll(driver, cursor);
      counts.push(r.items.length);
      cursor = r.cursor;
      clock.now += 60_000;
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(10);
  });
});
