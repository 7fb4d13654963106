// The brand account's mentions timeline against the emulated api.x.com (issue 16, finding 7): it lists
// retweets ("RT @…: …") of posts naming the brand. A wall shows what people said, once: the original post,
// never the retweet as a post of its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import { FakeClock, JANE, OMAR, poll, startSeededEmulator, upserts, xDriver } from './x-test-kit.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('X connector: the mentions timeline', () => {
  let clock: FakeClock;
  let emulator: RunningXEmulator;
  beforeEach(async () => {
    clock = new FakeClock(T0);
    emulator = await startSeededEmulator(clock);
  });
  afterEach(() => emulator.close());

  it('leaves retweets out: the original post naming the brand is shown once, not the retweet', async () => {
    const original = emulator.dataset.post({ authorId: OMAR.id, text: "@ateliernova merci pour l'accueil !" });
    const driver = xDriver(emulator, clock, { brandTerms: [], hashtags: ['#AucunRapport'] });
    const first = await poll(driver);
    expect(upserts(first).map((p) => p.key)).toEqual([`x:${original.id}`]);

    clock.t += 60_000;
    const retweet = emulator.dataset.retweet(JANE.id, original.id);
    const second = await poll(driver, first.cursor);
    const mentions = emulator.requests.filter((r) => r.path.endsWith('/mentions'));
    expect(mentions.at(-1)?.query['since_id']).toBe(original.id);
    // X did list the retweet in the mentions timeline…
    expect(emulator.dataset.live().some((t) => t.id === retweet.id && t.text.startsWith('RT @omar:'))).toBe(true);
    // …and the wall does not show it as a post of Jane's.
    expect(upserts(second).map((p) => p.key)).not.toContain(`x:${retweet.id}`);
    expect(upserts(second).some((p) => p.text.startsWith('RT @'))).toBe(false);
  });
});
