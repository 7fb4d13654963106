import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoConnector, MAX_BACKFILL_SLOTS } from '../../../src/connectors/demo/demo-connector.ts';
import { PHOTO_WINDOW_MS } from '../../../src/connectors/demo/photo-rotation.ts';
import { MAX_REPLY_DELAY_MS } from '../../../src/connectors/demo/slot-plan.ts';
import { PostSchema } from '../../../src/shared/post.ts';
import { ASSET_BASE, createDemo, FRIDAY_NOON, pollDemo, type DemoItem } from './demo-test-helpers.ts';

const HOUR = 3_600_000;
const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

async function backfill(options = {}, now = FRIDAY_NOON): Promise<DemoItem[]> {
  return (await pollDemo(createDemo({ now }, options), undefined)).items;
}

describe('demo source', () => {
  it('is deterministic: same seed and clock, same posts; another seed, other posts', async () => {
    const a = await pollDemo(createDemo({ now: FRIDAY_NOON }), undefined);
    const b = await pollDemo(createDemo({ now: FRIDAY_NOON }), undefined);
    expect(a.items.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    const other = await backfill({ seed: 7 });
    expect(other.map((p) => p.text)).not.toEqual(a.items.map((p) => p.text));
  });

  it('emits only candidates that pass the Post schema once the runtime stamps them', async () => {
    const items = await backfill();
    const fetchedAt = new Date(FRIDAY_NOON).toISOString();
    for (const item of items) {
      const parsed = PostSchema.safeParse({ ...item, sourceId: 'demo', fetchedAt });
      expect(parsed.success ? 'ok' : `${item.key}: ${parsed.error.message}`).toBe('ok');
    }
  });

  it('mixes languages, networks and kinds like a real brand conversation', async () => {
    const items = await backfill();
    const customers = items.filter((p) => !p.author.isBrand);
    const fr = customers.filter((p) => p.lang === 'fr').length / customers.length;
    expect(fr).toBeGreaterThan(0.5);
    expect(fr).toBeLessThan(0.7);
    expect(new Set(items.map((p) => p.lang))).toEqual(new Set(['fr', 'en']));
    expect(new Set(items.map((p) => p.network))).toEqual(new Set(['facebook', 'instagram', 'x', 'foursquare']));
    expect(new Set(items.map((p) => p.kind))).toEqual(
      new Set(['post', 'mention', 'comment', 'reply', 'review', 'tip']),
    );
    for (const p of items) expect(p.key.startsWith(`${p.network}:demo-`)).toBe(true);

    const lengths = customers.map((p) => p.text.length);
    expect(Math.min(...lengths)).toBeLessThan(40);
    expect(Math.max(...lengths)).toBeGreaterThan(200);
    // Many distinct people, some of them regulars.
    const authors = new Set(customers.map((p) => p.author.id));
    expect(authors.size).toBeGreaterThan(300);
    expect(authors.size).toBeLessThan(customers.length);
  });

  it('threads brand replies under emitted customer posts, fast, slow or never', async () => {
    const items = await backfill();
    const position = new Map(items.map((p, i) => [p.key, i]));
    const byKey = new Map(items.map((p) => [p.key, p]));
    const replies = items.filter((p) => p.kind === 'reply');
    expect(replies.length).toBeGreaterThan(100);

    const delays: number[] = [];
    for (const reply of replies) {
      expect(reply.author.isBrand).toBe(true);
      expect(reply.rootKey).toBe(reply.parentKey);
      const parent = byKey.get(reply.parentKey ?? '');
      expect(parent, `parent of ${reply.key}`).toBeDefined();
      if (!parent) continue;
      expect(parent.author.isBrand).toBe(false);
      expect(parent.network).toBe(reply.network);
      expect(position.get(parent.key)).toBeLessThan(position.get(reply.key) ?? -1);
      delays.push(Date.parse(reply.createdAt) - Date.parse(parent.createdAt));
    }
    expect(Math.min(...delays)).toBeGreaterThan(0);
    expect(delays.some((d) => d < 15 * 60_000)).toBe(true);
    expect(delays.some((d) => d > 2 * HOUR)).toBe(true);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_REPLY_DELAY_MS);

    const answered = new Set(replies.map((r) => r.parentKey));
    const unanswered = items.filter((p) => !p.author.isBrand && !answered.has(p.key) && p.kind !== 'tip');
    expect(unanswered.length).toBeGreaterThan(100);
    expect(items.filter((p) => p.kind === 'tip').some((p) => answered.has(p.key))).toBe(false);
  });

  it('rates tips and reviews from 1 to 5, and nothing else', async () => {
    const items = await backfill();
    const rated = items.filter((p) => p.kind === 'tip' || p.kind === 'review');
    expect(rated.length).toBeGreaterThan(50);
    for (const p of rated) {
      expect(Number.isInteger(p.rating)).toBe(true);
      expect(p.rating).toBeGreaterThanOrEqual(1);
      expect(p.rating).toBeLessThanOrEqual(5);
    }
    expect(new Set(rated.map((p) => p.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(items.filter((p) => p.kind !== 'tip' && p.kind !== 'review').some((p) => p.rating !== undefined)).toBe(
      false,
    );
    expect(rated.every((p) => (p.kind === 'tip') === (p.network === 'foursquare'))).toBe(true);
  });

  it('shows bundled pictures under the asset base URL', async () => {
    const items = await backfill();
    const media = items.flatMap((p) => p.media ?? []);
    expect(media.length).toBeGreaterThan(100);
    const files = new Set<string>();
    for (const m of media) {
      const match = /^\/bundled\/demo\/([a-z0-9-]+\.svg)$/.exec(m.url);
      expect(match, m.url).not.toBeNull();
      if (match?.[1]) files.add(match[1]);
      expect(m.alt).toBeTruthy();
    }
    expect(files.size).toBeGreaterThanOrEqual(8);
    for (const file of files) expect(existsSync(`${assetsDir}demo/${file}`), file).toBe(true);
    // Instagram posts are pictures; its text-only items are comments.
    for (const p of items.filter((i) => i.network === 'instagram' && !i.author.isBrand)) {
      expect(p.kind === 'comment' || (p.media?.length ?? 0) === 1).toBe(true);
    }
    expect(items.every((p) => (p.media ?? []).every((m) => m.url.startsWith(`${ASSET_BASE}/demo/`)))).toBe(true);
  });

  it('never shows the same picture twice in a row', async () => {
    const photos = (await backfill()).filter((p) => (p.media ?? []).length > 0);
    expect(photos.length).toBeGreaterThan(300);
    const windows = new Map<number, string[]>();
    for (const p of photos) {
      const w = Math.floor(Date.parse(p.createdAt) / PHOTO_WINDOW_MS);
      windows.set(w, [...(windows.get(w) ?? []), p.media?.[0]?.url ?? '']);
    }
    // Within a 10-minute window the first ten photos are ten different pictures.
    for (const urls of windows.values()) expect(new Set(urls.slice(0, 10)).size).toBe(Math.min(urls.length, 10));
    // Across window boundaries a repeat may happen, but rarely.
    const repeats = photos.filter((p, i) => i > 0 && p.media?.[0]?.url === photos[i - 1]?.media?.[0]?.url).length;
    expect(repeats / photos.length).toBeLessThan(0.03);
  });

  it('names the brand the way each network does', async () => {
    const items = await backfill();
    // Facebook and Foursquare posts are written on the page: no @handle, the page's name at most.
    for (const p of items.filter((i) => i.network === 'facebook' || i.network === 'foursquare'))
      expect(p.text).not.toContain('@ateliernova');
    expect(items.some((p) => p.network === 'facebook' && p.text.includes('Atelier Nova'))).toBe(true);
  });

  it('lists the hashtags and mentions the text contains', async () => {
    const items = await backfill();
    for (const p of items) {
      for (const tag of p.hashtags ?? []) expect(p.text).toContain(`#${tag}`);
      for (const m of p.mentions ?? []) expect(p.text).toContain(`@${m}`);
    }
    expect(items.filter((p) => (p.hashtags ?? []).includes('AtelierNova')).length).toBeGreaterThan(50);
    expect(items.filter((p) => (p.mentions ?? []).includes('ateliernova')).length).toBeGreaterThan(50);
    // Posts on X are found through the brand's handle or hashtag.
    for (const p of items.filter((i) => i.network === 'x' && !i.author.isBrand))
      expect(p.text).toMatch(/@ateliernova|#ateliernova/i);
  });

  it('polled every 2 s for an hour, yields exactly what one poll over the hour yields', async () => {
    const start = FRIDAY_NOON;
    const first = await pollDemo(createDemo({ now: start }, { backfillHours: 0 }), undefined);
    expect(first.items).toEqual([]);

    const clock = { now: start };
    let driver = createDemo(clock, { backfillHours: 0 });
    let cursor = first.cursor;
    const seen: DemoItem[] = [];
    while (clock.now < start + HOUR) {
      clock.now += 2000;
      // A restart halfway through resumes from the cursor alone.
      if (clock.now === start + HOUR / 2) driver = createDemo(clock, { backfillHours: 0 });
      const polled = await pollDemo(driver, cursor);
      for (const item of polled.items) {
        expect(Date.parse(item.createdAt)).toBeGreaterThan(clock.now - 2000);
        expect(Date.parse(item.createdAt)).toBeLessThanOrEqual(clock.now);
      }
      seen.push(...polled.items);
      cursor = polled.cursor;
    }
    const keys = seen.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);

    const once = await pollDemo(createDemo({ now: start + HOUR }, { backfillHours: 0 }), first.cursor);
    expect(once.items.length).toBeGreaterThan(100);
    expect([...keys].sort()).toEqual(once.items.map((p) => p.key).sort());
    expect(seen).toEqual(once.items);

    // Replies never come before their post, and never without it.
    const emitted = new Set<string>();
    let replies = 0;
    for (const item of seen) {
      if (item.parentKey !== undefined) {
        replies++;
        expect(emitted.has(item.parentKey), `${item.key} before its parent`).toBe(true);
      }
      emitted.add(item.key);
    }
    expect(replies).toBeGreaterThan(10);
  });

  it('treats the window as (cursor, now]: a post exactly at the mark is emitted once', async () => {
    const items = await backfill();
    const post = items.find((p) => !p.author.isBrand && Date.parse(p.createdAt) < FRIDAY_NOON - HOUR);
    if (!post) throw new Error('no post to test with');
    const t = Date.parse(post.createdAt);
    const upTo = await pollDemo(createDemo({ now: t }), String(t - 5000));
    expect(upTo.items.map((p) => p.key)).toContain(post.key);
    expect(upTo.cursor).toBe(String(t));
    const after = await pollDemo(createDemo({ now: t + 5000 }), upTo.cursor);
    expect(after.items.map((p) => p.key)).not.toContain(post.key);
  });

  it('skips replies to posts older than its first sync, until none can come due', async () => {
    const start = FRIDAY_NOON;
    const first = await pollDemo(createDemo({ now: start }, { backfillHours: 0 }), undefined);
    expect(first.cursor).toBe(`${start}/${start}`);
    const clock = { now: start + 14 * HOUR };
    const later = await pollDemo(createDemo(clock, { backfillHours: 0 }), first.cursor);
    const keys = new Set(later.items.map((p) => p.key));
    const replies = later.items.filter((p) => p.parentKey !== undefined);
    expect(replies.length).toBeGreaterThan(50);
    for (const r of replies) expect(keys.has(r.parentKey ?? '')).toBe(true);
    // Past the longest reply delay the floor is dropped: the cursor is the plain high-water mark.
    expect(later.cursor).toBe(String(clock.now));
    // Without the floor, the same window does hold replies to older posts: the floor is what skipped them.
    const unfloored = await pollDemo(createDemo(clock, { backfillHours: 0 }), String(start));
    expect(unfloored.items.filter((p) => p.parentKey !== undefined && !keys.has(p.parentKey)).length).toBeGreaterThan(
      0,
    );
  });

  it('bounds the backfill, and the catch-up after a long stop', async () => {
    const items = await backfill();
    expect(items.length).toBeGreaterThan(1500);
    expect(items.length).toBeLessThan(6000);
    for (const p of items) {
      expect(Date.parse(p.createdAt)).toBeGreaterThan(FRIDAY_NOON - 24 * HOUR);
      expect(Date.parse(p.createdAt)).toBeLessThanOrEqual(FRIDAY_NOON);
    }

    const fast = await backfill({ postEverySeconds: 0.5, backfillHours: 72 });
    const windowMs = MAX_BACKFILL_SLOTS * 500;
    expect(fast.length).toBeLessThan(MAX_BACKFILL_SLOTS * 2);
    expect(Math.min(...fast.map((p) => Date.parse(p.createdAt)))).toBeGreaterThan(FRIDAY_NOON - windowMs);

    const weekOld = String(FRIDAY_NOON - 7 * 24 * HOUR);
    const caughtUp = await pollDemo(createDemo({ now: FRIDAY_NOON }), weekOld);
    expect(caughtUp.items.length).toBeLessThan(6000);
    expect(Math.min(...caughtUp.items.map((p) => Date.parse(p.createdAt)))).toBeGreaterThan(FRIDAY_NOON - 24 * HOUR);
  });

  it('emits nothing and keeps its mark when the clock goes back', async () => {
    const polled = await pollDemo(createDemo({ now: FRIDAY_NOON - 60_000 }), String(FRIDAY_NOON));
    expect(polled).toEqual({ items: [], cursor: String(FRIDAY_NOON) });
  });

  it('declares its options with defaults and limits', () => {
    expect(demoConnector.optionsSchema.parse({})).toEqual({ postEverySeconds: 12, backfillHours: 24, seed: 42 });
    expect(demoConnector.optionsSchema.safeParse({ postEverySeconds: 0.2 }).success).toBe(false);
    expect(demoConnector.optionsSchema.safeParse({ backfillHours: 73 }).success).toBe(false);
    expect(demoConnector.optionsSchema.safeParse({ seed: 1.5 }).success).toBe(false);
    expect(demoConnector).toMatchObject({
      type: 'demo',
      defaultPollSeconds: 2,
      minPollSeconds: 0.5,
      defaultCachePolicy: { mode: 'persist' },
      networks: ['facebook', 'instagram', 'x', 'foursquare'],
    });
  });
});
