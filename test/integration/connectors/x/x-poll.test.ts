// The X connector against the emulated api.x.com: first sync, since_id increments, paging, edits,
// deletes, the brand's replies threaded, malformed posts skipped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import { BRAND, FakeClock, JANE, OMAR, poll, startSeededEmulator, upserts, xDriver } from './x-test-kit.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('X connector: polling', () => {
  let clock: FakeClock;
  let emulator: RunningXEmulator;
  beforeEach(async () => {
    clock = new FakeClock(T0);
    emulator = await startSeededEmulator(clock);
  });
  afterEach(() => emulator.close());

  it('first sync: the brand search maps posts with string ids, authors, media, hashtags and metrics', async () => {
    const d = emulator.dataset;
    const photo = d.post({
      authorId: JANE.id,
      text: 'Révision parfaite chez #AtelierNova, merci ! https://t.co/abc',
      media: [{ media_key: '3_1899', type: 'photo', url: 'https://pbs.twimg.com/media/a.jpg', alt_text: 'un atelier' }],
      likes: 15,
    });
    d.post({ authorId: OMAR.id, text: "Encore 2h d'attente chez atelier nova &amp; rien" });
    d.post({ authorId: OMAR.id, text: 'sans rapport avec la marque' });
    const driver = xDriver(emulator, clock);
    const result = await poll(driver);
    const posts = upserts(result);
    expect(posts.map((p) => p.key).sort()).toHaveLength(2);
    const mapped = posts.find((p) => p.key === `x:${photo.id}`);
    expect(mapped).toMatchObject({
      network: 'x',
      kind: 'post',
      author: { id: JANE.id, handle: 'jane', name: 'Jane', avatarUrl: JANE.profile_image_url, isBrand: false },
      hashtags: ['AtelierNova'],
      media: [{ type: 'image', url: 'https://pbs.twimg.com/media/a.jpg', alt: 'un atelier' }],
      metrics: { likes: 15, replies: 0, reposts: 0 },
      url: `https://x.com/jane/status/${photo.id}`,
      createdAt: new Date(T0).toISOString(),
    });
    // Ids beyond Number.MAX_SAFE_INTEGER survive intact.
    expect(BigInt(photo.id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(posts.some((p) => p.text === "Encore 2h d'attente chez atelier nova & rien")).toBe(true);
    const search = emulator.requests.find((r) => r.path === '/2/tweets/search/recent');
    expect(search?.query['query']).toBe('("atelier nova" OR #AtelierNova OR @ateliernova) -is:retweet');
    expect(search?.query['tweet.fields']).toContain('edit_history_tweet_ids');
    expect(search?.query['expansions']).toBe('author_id,attachments.media_keys');
    expect(search?.headers['authorization']).toBe('Bearer emulator-bearer-token-0123456789');
    expect(JSON.parse(result.cursor ?? '{}').searchSinceId).toBe(
      posts
        .map((p) => p.key.slice(2))
        .sort()
        .at(-1),
    );
  });

  it('incremental sync asks since_id = the last newest_id and returns only new posts', async () => {
    const d = emulator.dataset;
    d.post({ authorId: JANE.id, text: 'un #AtelierNova' });
    const newest = d.post({ authorId: JANE.id, text: 'deux #AtelierNova' });
    const driver = xDriver(emulator, clock);
    const first = await poll(driver);
    expect(upserts(first)).toHaveLength(2);
    const again = await poll(driver, first.cursor);
    expect(upserts(again)).toHaveLength(0);
    const third = d.post({ authorId: OMAR.id, text: 'trois @ateliernova' });
    const next = await poll(driver, again.cursor);
    expect(upserts(next).map((p) => p.key)).toEqual([`x:${third.id}`]);
    expect(upserts(next)[0]?.kind).toBe('mention');
    const searches = emulator.requests.filter((r) => r.path === '/2/tweets/search/recent');
    expect(searches[0]?.query['since_id']).toBeUndefined();
    expect(searches[1]?.query['since_id']).toBe(newest.id);
    expect(searches[2]?.query['since_id']).toBe(newest.id);
  });

  it('resumes after a restart from the persisted cursor, without duplicates', async () => {
    emulator.dataset.post({ authorId: JANE.id, text: 'avant #AtelierNova' });
    const first = await poll(xDriver(emulator, clock));
    const later = emulator.dataset.post({ authorId: JANE.id, text: 'après #AtelierNova' });
    const restarted = await poll(xDriver(emulator, clock), first.cursor);
    expect(upserts(restarted).map((p) => p.key)).toEqual([`x:${later.id}`]);
  });

  it('pages with next_token down to the previous newest id', async () => {
    const driver = xDriver(emulator, clock, { pageSize: 10, includeMentions: false, includeBrandReplies: false });
    emulator.dataset.post({ authorId: JANE.id, text: 'seed #AtelierNova' });
    const first = await poll(driver);
    for (let i = 0; i < 25; i++) emulator.dataset.post({ authorId: OMAR.id, text: `post ${i} #AtelierNova` });
    const before = emulator.count('/2/tweets/search/recent');
    const next = await poll(driver, first.cursor);
    const keys = upserts(next).map((p) => p.key);
    expect(keys).toHaveLength(25);
    expect(new Set(keys).size).toBe(25);
    const pages = emulator.requests.filter((r) => r.path === '/2/tweets/search/recent').slice(before);
    expect(pages).toHaveLength(3);
    expect(pages[1]?.query['next_token']).toBeTruthy();
  });

  it('an edit keeps the first id as key and shows the latest text', async () => {
    const original = emulator.dataset.post({ authorId: JANE.id, text: 'Service moyen #AtelierNova' });
    const driver = xDriver(emulator, clock);
    const first = await poll(driver);
    clock.t += 60_000;
    const edited = emulator.dataset.edit(original.id, 'Service excellent finalement #AtelierNova');
    const next = await poll(driver, first.cursor);
    const posts = upserts(next);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      key: `x:${original.id}`,
      text: 'Service excellent finalement #AtelierNova',
      createdAt: new Date(T0).toISOString(),
      editedAt: new Date(T0 + 60_000).toISOString(),
      url: `https://x.com/jane/status/${edited.id}`,
    });
  });

  it('when both versions of an edited post come back, the older never overwrites the latest', async () => {
    const original = emulator.dataset.post({ authorId: JANE.id, text: 'v1 #AtelierNova' });
    clock.t += 60_000;
    emulator.dataset.edit(original.id, 'v2 #AtelierNova');
    const posts = upserts(await poll(xDriver(emulator, clock)));
    expect(posts.map((p) => [p.key, p.text])).toEqual([[`x:${original.id}`, 'v2 #AtelierNova']]);
  });

  it('looks the posts read the day before up every 15 minutes (they cost again), and reports a delete once', async () => {
    clock.t = Date.UTC(2026, 10, 25, 23, 55);
    const keep = emulator.dataset.post({ authorId: JANE.id, text: 'reste #AtelierNova' });
    const gone = emulator.dataset.post({ authorId: OMAR.id, text: 'sera supprimé #AtelierNova' });
    const driver = xDriver(emulator, clock, { deleteRecheckMinutes: 15 });
    const first = await poll(driver);
    emulator.dataset.delete(gone.id);
    // Past midnight (UTC): yesterday's reads are charged again, so they wait for the quarter-hourly check.
    clock.t += 10 * 60_000;
    const early = await poll(driver, first.cursor);
    expect(early.events.filter((e) => e.type === 'delete')).toEqual([]);
    clock.t += 6 * 60_000;
    const late = await poll(driver, early.cursor);
    expect(late.events.filter((e) => e.type === 'delete')).toEqual([{ type: 'delete', key: `x:${gone.id}` }]);
    const lookups = emulator.requests.filter((r) => r.path === '/2/tweets');
    expect(lookups.at(-1)?.query['ids']?.split(',').sort()).toEqual([keep.id, gone.id].sort());
    // Reported once: the deleted post is no longer tracked.
    clock.t += 16 * 60_000;
    const after = await poll(driver, late.cursor);
    expect(after.events.filter((e) => e.type === 'delete')).toEqual([]);
  });

  it("the brand's reply is threaded under the customer's post and marked as the brand's", async () => {
    const question = emulator.dataset.post({ authorId: JANE.id, text: '@ateliernova vous ouvrez samedi ?' });
    const driver = xDriver(emulator, clock);
    const first = await poll(driver);
    expect(upserts(first)[0]).toMatchObject({ key: `x:${question.id}`, kind: 'mention' });
    emulator.dataset.post({ authorId: BRAND.id, text: '@jane Oui, de 9h à 17h !', replyTo: question.id });
    // The brand's original posts are not customer talk: the own timeline keeps replies only.
    emulator.dataset.post({ authorId: BRAND.id, text: 'Nos horaires de printemps' });
    const next = await poll(driver, first.cursor);
    const posts = upserts(next);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      kind: 'reply',
      parentKey: `x:${question.id}`,
      rootKey: `x:${question.id}`,
      author: { id: BRAND.id, handle: 'ateliernova', isBrand: true },
    });
    expect(
      emulator.requests.some((r) => r.path === `/2/users/${BRAND.id}/tweets` && r.query['exclude'] === 'retweets'),
    ).toBe(true);
    expect(emulator.requests.some((r) => r.path === `/2/users/${BRAND.id}/mentions`)).toBe(true);
  });

  it('skips and counts a malformed post without losing the rest of the page', async () => {
    emulator.dataset.post({ authorId: JANE.id, text: 'un #AtelierNova' });
    emulator.dataset.post({ authorId: JANE.id, text: 'deux #AtelierNova' });
    emulator.switches.malformedItems = true;
    const result = await poll(xDriver(emulator, clock, { includeMentions: false, includeBrandReplies: false }));
    expect(upserts(result)).toHaveLength(2);
    const invalid = result.events.filter((e) => e.type === 'invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ reason: expect.stringContaining('1899999999999999999') });
  });
});
