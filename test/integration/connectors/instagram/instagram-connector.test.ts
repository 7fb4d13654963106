// The Instagram connector against the Meta Graph emulator: real HTTP on loopback, the real connector,
// runner, pipeline and SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PollResult, type SourceDriver } from '../../../../src/connectors/connector.ts';
import { instagramConnector } from '../../../../src/connectors/instagram/instagram-connector.ts';
import type { MetaDataset } from '../../../emulators/meta/meta-dataset.ts';
import type { RunningMetaEmulator } from '../../../emulators/meta/meta-emulator.ts';
import { metaTestBed, type MetaTestBed } from '../../../emulators/meta/meta-test-bed.ts';
import type { ConnectorHarness, TestClock } from '../../../support/connector-harness.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

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
  return { baseUrl: emulator.url, igUserId: data.ig.id, token: data.token, ...extra };
}

function driver(extra: Record<string, unknown> = {}): SourceDriver {
  return instagramConnector.create(instagramConnector.optionsSchema.parse(options(extra)), {
    sourceId: 'ig',
    now: clock.now,
    assetBaseUrl: '/bundled',
  });
}

const run = (extra: Record<string, unknown> = {}) => (harness = bed.run(instagramConnector, options(extra)));

type Item = {
  key: string;
  kind: string;
  text: string;
  parentKey?: string;
  rootKey?: string;
  author: { isBrand: boolean; handle?: string };
  media: { type: string }[];
  createdAt: string;
};
const upserts = (r: PollResult) => r.events.flatMap((e) => (e.type === 'upsert' ? [e.item as Item] : []));
const deletes = (r: PollResult) => r.events.flatMap((e) => (e.type === 'delete' ? [e.key] : []));
const poll = (d: SourceDriver, cursor?: string) => d.poll({ cursor, signal: new AbortController().signal });

function seed() {
  const own = data.addIgMedia(
    'New bakery opening in Nantes #maisonlumiere',
    'own',
    data.ig.username,
    clock.now() - 5 * HOUR,
  );
  const question = data.addIgComment(own.id, 'What time does it open?', 'claire.b', clock.now() - 4 * HOUR);
  const answer = data.addIgBrandReply(own.id, question.id, '@claire.b 8am every day!', clock.now() - 3 * HOUR);
  const tagged = data.addIgMedia(
    'Best croissant in town @maisonlumiere',
    'tagged',
    'paul_eats',
    clock.now() - 2 * HOUR,
  );
  const hashtagged = data.addIgMedia('Sunday brunch #maisonlumiere', 'hashtag', 'someone', clock.now() - HOUR);
  return { own, question, answer, tagged, hashtagged };
}

describe('Instagram connector', () => {
  it('first sync: own media, comments with the brand reply threaded, tagged media, hashtag media without username', async () => {
    const s = seed();
    const result = await poll(driver({ hashtags: ['#MaisonLumiere'] }));
    const byKey = new Map(upserts(result).map((i) => [i.key, i]));
    expect(byKey.get(`instagram:${s.own.id}`)).toMatchObject({
      kind: 'post',
      author: { isBrand: true, handle: 'maisonlumiere' },
      media: [{ type: 'image' }],
      createdAt: new Date(s.own.timestampMs).toISOString(),
    });
    expect(byKey.get(`instagram:${s.question.id}`)).toMatchObject({
      kind: 'comment',
      parentKey: `instagram:${s.own.id}`,
      author: { isBrand: false, handle: 'claire.b' },
    });
    expect(byKey.get(`instagram:${s.answer.id}`)).toMatchObject({
      kind: 'reply',
      parentKey: `instagram:${s.question.id}`,
      rootKey: `instagram:${s.own.id}`,
      author: { isBrand: true },
    });
    expect(byKey.get(`instagram:${s.tagged.id}`)).toMatchObject({
      kind: 'mention',
      author: { isBrand: false, handle: 'paul_eats' },
    });
    expect(byKey.get(`instagram:${s.hashtagged.id}`)).toMatchObject({ kind: 'post', author: { isBrand: false } });
    expect(byKey.get(`instagram:${s.hashtagged.id}`)?.author.handle).toBeUndefined();
    expect(result.budget).toMatchObject({ hashtagsUsed: 1, hashtagsLimit: 30 });
    expect(result.notes).toEqual([]);
    expect(emulator.requests.find((r) => r.path === '/ig_hashtag_search')?.query).toMatchObject({
      user_id: data.ig.id,
      q: 'maisonlumiere',
    });
  });

  it('incremental sync through the runner: no duplicates, comments read where the count moved or on screen, hashtag searched once', async () => {
    const s = seed();
    const { runner } = run({ hashtags: ['maisonlumiere'] });
    await runner.pollOnce();
    const panel = { networks: [], sources: [] };
    expect(await harness.store.reader.newestForPanel(panel, 100)).toHaveLength(5);
    clock.advance(60_000);
    const other = data.addIgMedia('Menu of the week', 'own', data.ig.username);
    const before = emulator.requests.length;
    await runner.pollOnce();
    expect(await harness.store.reader.newestForPanel(panel, 100)).toHaveLength(6);
    const later = emulator.requests.slice(before);
    // Only the media on screen (comments of the last 24 h) has its comments read again: edits and deletes.
    expect(later.filter((r) => r.path.endsWith('/comments')).map((r) => r.path)).toEqual([`/${s.own.id}/comments`]);
    expect(later.some((r) => r.path === '/ig_hashtag_search')).toBe(false);
    clock.advance(60_000);
    const c = data.addIgComment(other.id, 'Yum', 'marc');
    await runner.pollOnce();
    expect((await harness.store.reader.getPost(`instagram:${c.id}`))?.parentKey).toBe(`instagram:${other.id}`);
    expect((await harness.store.reader.getPost(`instagram:${s.answer.id}`))?.author.isBrand).toBe(true);
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok', budget: { hashtagsUsed: 1 } });
  });

  it('pages through the media edge until the high-water mark', async () => {
    for (let i = 0; i < 70; i++)
      data.addIgMedia(`photo ${i}`, 'own', data.ig.username, clock.now() - HOUR - i * 60_000);
    const result = await poll(driver({ pageSize: 25 }));
    expect(upserts(result).filter((i) => i.kind === 'post')).toHaveLength(70);
    expect(emulator.requests.filter((r) => r.path.endsWith('/media'))).toHaveLength(3);
  });

  it('tracks the 30-hashtags-per-7-days budget across restarts and refuses one over it without calling', async () => {
    const first = await poll(driver({ hashtags: ['a1', 'a2', 'a3'], hashtagsLimit: 4 }));
    expect(first.budget).toMatchObject({ hashtagsUsed: 3, hashtagsLimit: 4 });
    // A restart: a new driver, the persisted cursor.
    clock.advance(DAY);
    const second = await poll(driver({ hashtags: ['a1', 'a2', 'a3', 'b1', 'b2'], hashtagsLimit: 4 }), first.cursor);
    expect(second.budget?.['hashtagsUsed']).toBe(4);
    // Said as a code and its values (the settings page words it), the English text for the logs.
    expect(second.notes).toEqual([
      {
        code: 'instagram.hashtags-refused',
        params: { hashtags: ['b2'], limit: 4, freesAt: expect.stringMatching(/^2026-03-09T/) as unknown },
        text: expect.stringMatching(
          /#b2 not followed: the account used its 4 hashtags of the last 7 days; the next one frees on 2026-03-09/,
        ) as unknown,
      },
    ]);
    expect(emulator.requests.filter((r) => r.path === '/ig_hashtag_search').map((r) => r.query['q'])).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
    ]);
    // Seven days after the first searches, their slots are free again.
    clock.advance(6 * DAY + HOUR);
    const third = await poll(driver({ hashtags: ['a1', 'a2', 'a3', 'b1', 'b2'], hashtagsLimit: 4 }), second.cursor);
    expect(third.budget).toMatchObject({ hashtagsUsed: 2 });
    expect(third.notes).toEqual([]);
  });

  it('throttling: usage headers slow the source down; a throttle code is a rate-limit error with the regain time', async () => {
    seed();
    data.appUsage = { call_count: 95, total_cputime: 10, total_time: 10 };
    const d = driver();
    const result = await poll(d);
    expect(result.minDelayMs).toBeGreaterThanOrEqual(15 * 60_000);
    expect(result.slowdown).toEqual({ usagePercent: 95 });
    emulator.switches.rateLimited = true;
    await expect(poll(d, result.cursor)).rejects.toMatchObject({ kind: 'rate-limit', retryAfterMs: 10 * 60_000 });
  });

  it('5xx: the runner backs off and recovers', async () => {
    seed();
    const { runner } = run();
    emulator.switches.serverErrors = 2;
    const d1 = await runner.pollOnce();
    clock.advance(d1);
    const d2 = await runner.pollOnce();
    expect(d2).toBeGreaterThan(d1);
    expect(harness.healths.at(-1)).toMatchObject({ state: 'degraded', consecutiveFailures: 2 });
    clock.advance(d2);
    await runner.pollOnce();
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok' });
  });

  it('expired token: the health message, and one call an hour', async () => {
    const { runner } = run({ hashtags: ['x'] });
    emulator.switches.expiredToken = true;
    for (let i = 0; i < 4; i++) clock.advance(await runner.pollOnce());
    expect(harness.healths.at(-1)?.lastError).toBe('Instagram: token expired — renew it in Settings');
    expect(emulator.requests).toHaveLength(4);
  });

  it('skips and counts a malformed media item', async () => {
    const s = seed();
    emulator.switches.malformedItems = true;
    const { runner } = run();
    await runner.pollOnce();
    expect(harness.healths.at(-1)).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await harness.store.reader.getPost(`instagram:${s.own.id}`)).toBeDefined();
  });

  it('edits (caption) keep the key; deletes of media and comments become delete events', async () => {
    const s = seed();
    const d = driver({ recheckEveryPolls: 1 });
    const first = await poll(d);
    clock.advance(60_000);
    data.editIgCaption(s.own.id, 'New bakery opening in Nantes on Monday #maisonlumiere');
    const second = await poll(d, first.cursor);
    expect(upserts(second).find((i) => i.key === `instagram:${s.own.id}`)?.text).toBe(
      'New bakery opening in Nantes on Monday #maisonlumiere',
    );
    clock.advance(60_000);
    data.deleteIgComment(s.answer.id);
    const third = await poll(d, second.cursor);
    expect(deletes(third)).toEqual([`instagram:${s.answer.id}`]);
    clock.advance(60_000);
    data.deleteIgMedia(s.own.id);
    data.deleteIgMedia(s.tagged.id);
    const fourth = await poll(d, third.cursor);
    expect(deletes(fourth).sort()).toEqual(
      [`instagram:${s.own.id}`, `instagram:${s.tagged.id}`, `instagram:${s.question.id}`].sort(),
    );
  });
});
