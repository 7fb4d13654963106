// The Facebook Page connector against the Meta Graph emulator: real HTTP on loopback, the real connector,
// runner, pipeline and SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type PollResult, type SourceDriver } from '../../../../src/connectors/connector.ts';
import { facebookConnector } from '../../../../src/connectors/facebook/facebook-connector.ts';
import type { MetaDataset } from '../../../emulators/meta/meta-dataset.ts';
import type { RunningMetaEmulator } from '../../../emulators/meta/meta-emulator.ts';
import { metaTestBed, type MetaTestBed } from '../../../emulators/meta/meta-test-bed.ts';
import type { ConnectorHarness, TestClock } from '../../../support/connector-harness.ts';

const HOUR = 3600_000;
const alice = { id: '555001', name: 'Alice Martin' };
const bob = { id: '555002', name: 'Bob Leroy' };

let bed: MetaTestBed;
let clock: TestClock;
let emulator: RunningMetaEmulator;
let data: MetaDataset;
let harness: ConnectorHarness;

beforeEach(async () => {
  bed = await metaTestBed();
  ({ clock, data, emulator } = bed);
});
afterEach(() => bed.close());

function options(extra: Record<string, unknown> = {}) {
  return { baseUrl: emulator.url, pageId: data.page.id, token: data.token, ...extra };
}

function driver(extra: Record<string, unknown> = {}): SourceDriver {
  return facebookConnector.create(facebookConnector.optionsSchema.parse(options(extra)), {
    sourceId: 'fb',
    now: clock.now,
    assetBaseUrl: '/bundled',
  });
}

const run = (extra: Record<string, unknown> = {}) => (harness = bed.run(facebookConnector, options(extra)));

const upserts = (r: PollResult) =>
  r.events.flatMap((e) =>
    e.type === 'upsert'
      ? [
          e.item as {
            key: string;
            kind: string;
            text: string;
            parentKey?: string;
            rootKey?: string;
            author: { isBrand: boolean };
            createdAt: string;
          },
        ]
      : [],
  );
const deletes = (r: PollResult) => r.events.flatMap((e) => (e.type === 'delete' ? [e.key] : []));

function seed() {
  const own = data.addPagePost(
    'Our spring collection is here 🌸 #spring',
    clock.now() - 5 * HOUR,
    'https://scontent.xx.fbcdn.net/v/spring.jpg',
  );
  const visitor = data.addVisitorPost('Waited 40 minutes at the Lyon store today.', alice, clock.now() - 3 * HOUR);
  const tagged = data.addTaggedPost('Lovely dinner at @Maison Lumière', bob, clock.now() - 2 * HOUR);
  const question = data.addComment(own.id, 'Is it available in blue?', bob, clock.now() - 4 * HOUR);
  const answer = data.addBrandReply(own.id, 'Yes Bob, from next week!', question.id, clock.now() - 3.5 * HOUR);
  return { own, visitor, tagged, question, answer };
}

describe('Facebook Page connector', () => {
  it('first sync: own, visitor and tagged posts, comments, the brand reply threaded, page rating in the budget', async () => {
    const s = seed();
    const result = await driver().poll({ cursor: undefined, signal: new AbortController().signal });
    const items = upserts(result);
    const byKey = new Map(items.map((i) => [i.key, i]));
    expect(byKey.get(`facebook:${s.own.id}`)).toMatchObject({
      kind: 'post',
      author: { isBrand: true },
      createdAt: new Date(s.own.createdMs).toISOString(),
    });
    expect(byKey.get(`facebook:${s.visitor.id}`)).toMatchObject({
      kind: 'post',
      author: { isBrand: false },
      text: 'Waited 40 minutes at the Lyon store today.',
    });
    expect(byKey.get(`facebook:${s.tagged.id}`)).toMatchObject({ kind: 'mention', author: { isBrand: false } });
    expect(byKey.get(`facebook:${s.question.id}`)).toMatchObject({
      kind: 'comment',
      parentKey: `facebook:${s.own.id}`,
      author: { isBrand: false },
    });
    expect(byKey.get(`facebook:${s.answer.id}`)).toMatchObject({
      kind: 'reply',
      parentKey: `facebook:${s.question.id}`,
      rootKey: `facebook:${s.own.id}`,
      author: { isBrand: true },
    });
    expect(result.budget).toMatchObject({ pageRating: 4.6, pageRatingCount: 1287, usagePercent: 3 });
    expect(result.slowdown).toBeUndefined();
    // The token travels in a header, never in a URL.
    expect(
      emulator.requests.every(
        (r) => r.headers['authorization'] === `Bearer ${data.token}` && !JSON.stringify(r.query).includes(data.token),
      ),
    ).toBe(true);
    const comments = emulator.requests.find((r) => r.path.endsWith('/comments'));
    expect(comments?.query).toMatchObject({ filter: 'stream', order: 'reverse_chronological' });
  });

  it('stores through the runner, and an incremental sync brings only what is new, without duplicates', async () => {
    const s = seed();
    const { runner } = run();
    await runner.pollOnce();
    const panel = { networks: [], sources: [] };
    expect(await harness.store.reader.newestForPanel(panel, 100)).toHaveLength(5);
    expect(await harness.store.reader.getPost(`facebook:${s.answer.id}`)).toMatchObject({
      parentKey: `facebook:${s.question.id}`,
      author: { isBrand: true },
    });

    clock.advance(60_000);
    const late = data.addComment(s.visitor.id, 'Still no answer…', alice);
    const fresh = data.addVisitorPost('Great service this morning!', bob);
    const before = emulator.requests.length;
    await runner.pollOnce();
    expect(await harness.store.reader.newestForPanel(panel, 100)).toHaveLength(7);
    expect((await harness.store.reader.getPost(`facebook:${late.id}`))?.parentKey).toBe(`facebook:${s.visitor.id}`);
    expect((await harness.store.reader.getPost(`facebook:${fresh.id}`))?.kind).toBe('post');
    // Comments are read for the post whose comment count changed, then for those on screen (with comments of
    // the last 24 h: their edits and deletes); not for the others.
    const commentCalls = emulator.requests.slice(before).filter((r) => r.path.endsWith('/comments'));
    expect(commentCalls.map((r) => r.path)).toEqual([`/${s.visitor.id}/comments`, `/${s.own.id}/comments`]);
    // The feed is asked from a time mark (unix seconds), not from a cursor that dies on deletes.
    const feedCall = emulator.requests.slice(before).find((r) => r.path.endsWith('/feed'));
    expect(Number(feedCall?.query['since'])).toBeLessThanOrEqual(Math.floor(clock.now() / 1000) - 48 * 3600);
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok', invalidItems: 0 });
  });

  it('pages through paging.next until the edge ends', async () => {
    for (let i = 0; i < 130; i++) data.addVisitorPost(`post ${i}`, alice, clock.now() - HOUR - i * 60_000);
    const result = await driver({ pageSize: 50 }).poll({ cursor: undefined, signal: new AbortController().signal });
    expect(upserts(result).filter((i) => i.kind === 'post')).toHaveLength(130);
    const feedCalls = emulator.requests.filter((r) => r.path.endsWith('/feed'));
    expect(feedCalls).toHaveLength(3);
    expect(feedCalls[1]?.query['after']).toBeTruthy();
  });

  it('slows down on high usage headers, and turns a throttle code into a rate-limit error with the regain time', async () => {
    seed();
    data.appUsage = { call_count: 90, total_cputime: 20, total_time: 30 };
    const d = driver();
    const result = await d.poll({ cursor: undefined, signal: new AbortController().signal });
    expect(result.minDelayMs).toBeGreaterThanOrEqual(60_000);
    expect(result.budget?.['usagePercent']).toBe(90);
    expect(result.slowdown).toEqual({ usagePercent: 90 });

    emulator.switches.rateLimited = true;
    const error = await d
      .poll({ cursor: result.cursor, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 10 * 60_000 });
  });

  it('backs off on 5xx through the runner, then recovers', async () => {
    seed();
    const { runner } = run();
    emulator.switches.serverErrors = 1;
    const delay = await runner.pollOnce();
    expect(harness.healths.at(-1)).toMatchObject({ state: 'degraded', consecutiveFailures: 1 });
    // Never sooner than a healthy poll (60 s), and the next one doubles.
    expect(delay).toBeGreaterThanOrEqual(60_000);
    expect(delay).toBeLessThan(2 * 60_000);
    expect(harness.healths.at(-1)?.lastError).toContain('Facebook answered 500');
    clock.advance(delay);
    await runner.pollOnce();
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
  });

  it('expired token (code 190 in an HTTP 400): health says so, retried after 1, 2, 4 minutes (no storm)', async () => {
    seed();
    const { runner, logLines } = run();
    emulator.switches.expiredToken = true;
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      delays.push(await runner.pollOnce());
      clock.advance(delays.at(-1)!);
    }
    expect(delays.map((d) => Math.floor(d / 60_000))).toEqual([1, 2, 4]);
    expect(harness.healths.at(-1)?.lastError).toBe('Facebook: token expired — renew it in Settings');
    expect(harness.healths.at(-1)?.state).toBe('failing');
    expect(emulator.requests).toHaveLength(3);
    expect(logLines.join('\n')).not.toContain(data.token);
  });

  it('an unknown page id is a configuration error', async () => {
    const error = await driver({ pageId: '999999' })
      .poll({ cursor: undefined, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'config' });
  });

  it('skips and counts a malformed item, and keeps the rest', async () => {
    const s = seed();
    emulator.switches.malformedItems = true;
    const { runner } = run();
    await runner.pollOnce();
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await harness.store.reader.getPost(`facebook:${s.visitor.id}`)).toBeDefined();
  });

  it('edits keep the key and show the latest text (posts and the comments on screen on every poll)', async () => {
    const s = seed();
    const { runner } = run({ recheckEveryPolls: 2 });
    await runner.pollOnce();
    clock.advance(60_000);
    data.editFbPost(s.visitor.id, 'Waited 40 minutes — but the staff apologised.');
    data.editFbComment(s.question.id, 'Is it available in navy blue?');
    await runner.pollOnce();
    expect((await harness.store.reader.getPost(`facebook:${s.visitor.id}`))?.text).toBe(
      'Waited 40 minutes — but the staff apologised.',
    );
    clock.advance(60_000);
    await runner.pollOnce();
    expect((await harness.store.reader.getPost(`facebook:${s.question.id}`))?.text).toBe(
      'Is it available in navy blue?',
    );
  });

  it("deletes: a vanished post is confirmed gone by id (with its comments); a deleted comment is missing from its post's comments", async () => {
    const s = seed();
    const other = data.addComment(s.visitor.id, 'Same for me', bob, clock.now() - 2 * HOUR);
    const d = driver({ recheckEveryPolls: 1 });
    const first = await d.poll({ cursor: undefined, signal: new AbortController().signal });
    clock.advance(60_000);
    data.deleteFbPost(s.own.id);
    data.deleteFbComment(other.id);
    const second = await d.poll({ cursor: first.cursor, signal: new AbortController().signal });
    expect(deletes(second).sort()).toEqual(
      [`facebook:${s.own.id}`, `facebook:${s.question.id}`, `facebook:${s.answer.id}`, `facebook:${other.id}`].sort(),
    );
    // The confirmation was a call for the post's id, answered 100/33.
    expect(emulator.requests.some((r) => r.path === `/${s.own.id}`)).toBe(true);
    clock.advance(60_000);
    const third = await d.poll({ cursor: second.cursor, signal: new AbortController().signal });
    expect(deletes(third)).toEqual([]);
  });
});
