// A source removed or paused takes its posts off the wall and out of the statistics; back, it brings them back.
import { describe, expect, it } from 'vitest';
import { at, makePost } from './post-factory.ts';
import { ALL, TestClock, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

const NOW = Date.parse(at(60));
const DAY_START = Date.parse(at(-600));

async function wall() {
  const store = openTestStore(tempDbPath(), new TestClock(NOW));
  const demo = [
    makePost({ id: 'demo-1', sourceId: 'demo', createdAt: at(1), sentiment: 'positive' }),
    makePost({ id: 'demo-2', sourceId: 'demo', createdAt: at(2), network: 'x' }),
    makePost({ id: 'demo-ttl', sourceId: 'demo', createdAt: at(3), cachePolicy: { mode: 'ttl', seconds: 86_400 } }),
    makePost({ id: 'demo-memory', sourceId: 'demo', createdAt: at(4), cachePolicy: { mode: 'memory' } }),
  ];
  const kept = [makePost({ id: 'kept', sourceId: 'replay', createdAt: at(5) })];
  await store.writer.upsertMany([...demo, ...kept]);
  return { store, demo, kept };
}

const total = async (store: Awaited<ReturnType<typeof wall>>['store']) =>
  (await store.stats.countsPerNetwork(DAY_START)).reduce((sum, n) => sum + n.today, 0);

describe('withdrawSourcesExcept', () => {
  it('takes a removed source’s posts off the wall and out of the counts, keeps them stored, and brings them back', async () => {
    const { store, demo, kept } = await wall();
    expect(await total(store)).toBe(5);

    const page = await store.writer.withdrawSourcesExcept(['replay'], 100);
    expect(page.withdrawn.sort()).toEqual(demo.map((p) => p.key).sort());
    expect(page.more).toBe(false);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(keysOf(kept));
    expect(keysOf(await store.reader.newestForPanel({ networks: [], sources: ['demo'] }, 10))).toEqual([]);
    expect(await total(store)).toBe(1);
    const hourly = await store.stats.hourlyCounts(NOW, 24);
    expect(hourly.reduce((sum, h) => sum + Object.values(h.perNetwork).reduce((a, b) => a + b, 0), 0)).toBe(1);
    // Not hidden by moderation: the wall's "hidden" figure does not count them.
    expect(await store.reader.hiddenCount(NOW)).toBe(0);
    // Done already: nothing more to withdraw.
    expect(await store.writer.withdrawSourcesExcept(['replay'], 100)).toEqual({
      withdrawn: [],
      restored: [],
      more: false,
    });

    // The source is back: its stored posts come back as they were (the memory one is fetched again by the source).
    const back = await store.writer.withdrawSourcesExcept(['replay', 'demo'], 100);
    expect(keysOf(back.restored).sort()).toEqual(['mastodon:demo-1', 'mastodon:demo-ttl', 'x:demo-2']);
    expect(back.restored.find((p) => p.key === 'mastodon:demo-1')).toEqual(demo[0]);
    expect(await total(store)).toBe(4);
    // A re-fetch of the same content is "unchanged": nothing is sent to the screens again.
    expect((await store.writer.upsertMany([demo[0]!])).map((o) => o.change)).toEqual(['unchanged']);
  });

  it('works in bounded pages', async () => {
    const { store } = await wall();
    const first = await store.writer.withdrawSourcesExcept([], 2);
    expect(first.more).toBe(true);
    let withdrawn = first.withdrawn.length;
    for (
      let page = await store.writer.withdrawSourcesExcept([], 2);
      ;
      page = await store.writer.withdrawSourcesExcept([], 2)
    ) {
      withdrawn += page.withdrawn.length;
      if (!page.more) break;
    }
    expect(withdrawn).toBe(5);
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
  });
});
