// The feed's pacing, driven by a fake clock: the rules the hall relies on, whatever the machine's speed.
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../src/shared/post.ts';
import { arrangeFeed, type FeedItem } from '../../../../src/renderer/feed/post-collection.ts';
import {
  DEFAULT_PACING,
  EMPTY_STAGE,
  freshKeys,
  offStage,
  spotlightKey,
  stepStage,
  type Arrival,
  type PacingRules,
  type StageState,
} from '../../../../src/renderer/feed/stage-pacing.ts';
import { makePost } from '../../../e2e/support/make-post.ts';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const TICK = 500;

const post = (key: string, minutesAgo: number, brand = false): Post =>
  makePost({
    key: `x:${key}`,
    network: 'x',
    createdAt: new Date(T0 - minutesAgo * 60_000).toISOString(),
    author: { isBrand: brand },
  });

/**
 * A wall driven tick by tick: posts arrive at given times (ms after T0), the stage is stepped every half
 * second as use-stage.ts does, and what the spotlight showed and when each post came on screen are recorded.
 */
function run(
  schedule: { at: number; key: string; brand?: boolean }[],
  untilMs: number,
  rules: PacingRules = DEFAULT_PACING,
  history = 12,
) {
  const wall = new Map<string, Post>();
  for (let i = 0; i < history; i++) {
    const p = post(`old${i}`, 30 + i);
    wall.set(p.key, p);
  }
  const arrivals: Arrival[] = [];
  let seq = 0;
  let state: StageState = EMPTY_STAGE;
  const shown: { at: number; key: string | undefined }[] = [];
  const onScreenAt = new Map<string, number>();
  /** For each post, the ticks at which it was greeted as new. */
  const greeted = new Map<string, number[]>();
  let items: FeedItem[] = arrangeFeed(wall);
  const pending = [...schedule].sort((a, b) => a.at - b.at);
  for (let t = 0; t <= untilMs; t += TICK) {
    let changed = false;
    while (pending[0] && pending[0].at <= t) {
      const next = pending.shift()!;
      const p = post(next.key, 0, next.brand);
      wall.set(p.key, p);
      arrivals.unshift({ key: p.key, at: T0 + t, seq: ++seq });
      changed = true;
    }
    if (changed) items = arrangeFeed(wall);
    state = stepStage(state, items, arrivals.slice(0, 24), T0 + t, rules);
    const key = spotlightKey(state, items);
    if (shown.at(-1)?.key !== key) shown.push({ at: t, key });
    const off = offStage(state.waiting);
    for (const a of arrivals) if (!off.has(a.key) && !onScreenAt.has(a.key)) onScreenAt.set(a.key, t);
    for (const key of freshKeys(state.fresh)) greeted.set(key, [...(greeted.get(key) ?? []), t]);
  }
  return { shown, state, onScreenAt, greeted };
}

const when = (shown: { at: number; key: string | undefined }[], key: string) =>
  shown.find((s) => s.key === `x:${key}`)?.at;
const heldFor = (shown: { at: number; key: string | undefined }[], key: string, until: number) => {
  const i = shown.findIndex((s) => s.key === `x:${key}`);
  if (i < 0) return 0;
  return (shown[i + 1]?.at ?? until) - shown[i]!.at;
};

describe('a post arriving on a quiet wall', () => {
  it('is in the spotlight within 2 s and stays there at least 10 s', () => {
    const { shown } = run([{ at: 20_000, key: 'visitor' }], 60_000);
    const at = when(shown, 'visitor');
    expect(at).toBeDefined();
    expect(at! - 20_000).toBeLessThanOrEqual(2_000);
    expect(heldFor(shown, 'visitor', 60_000)).toBeGreaterThanOrEqual(10_000);
  });

  it('takes the spotlight even right after an idle change (idle cycling gives way)', () => {
    // Idle cycling changes at 15 s; the visitor posts half a second later.
    const { shown } = run([{ at: 15_500, key: 'visitor' }], 40_000);
    expect(when(shown, 'visitor')! - 15_500).toBeLessThanOrEqual(2_000);
  });

  it('holds as long as the panel says (spotlightSeconds)', () => {
    const rules = { ...DEFAULT_PACING, holdMs: 20_000 };
    const { shown } = run(
      [
        { at: 1_000, key: 'visitor' },
        { at: 3_000, key: 'next' },
      ],
      60_000,
      rules,
    );
    expect(heldFor(shown, 'visitor', 60_000)).toBeGreaterThanOrEqual(20_000);
  });
});

describe('during a burst', () => {
  const burst = Array.from({ length: 12 }, (_, i) => ({ at: 1_000 + i * 700, key: `b${i}` }));

  it('changes the spotlight at most once every 8 s', () => {
    const { shown } = run(burst, 120_000);
    const changes = shown.slice(1).map((s, i) => s.at - shown[i]!.at);
    // The first change (the first arrival replacing the idle post) may come at once.
    for (const gap of changes.slice(1)) expect(gap).toBeGreaterThanOrEqual(8_000);
  });

  it('spotlights the arrivals oldest first, each for its full hold, and never the brand’s replies', () => {
    const { shown } = run([...burst.slice(0, 4), { at: 1_200, key: 'reply', brand: true }], 80_000);
    // Each one's first time in the spotlight (idle cycling comes back to them after the queue is empty).
    const order = [...new Set(shown.map((s) => s.key).filter((k) => k?.startsWith('x:b')))];
    expect(order).toEqual(['x:b0', 'x:b1', 'x:b2', 'x:b3']);
    expect(when(shown, 'reply')).toBeUndefined();
    for (const key of ['b0', 'b1', 'b2']) expect(heldFor(shown, key, 80_000)).toBeGreaterThanOrEqual(10_000);
  });

  it('lets an arrival go after it waited two minutes for the spotlight (the cards showed it meanwhile)', () => {
    const long = Array.from({ length: 20 }, (_, i) => ({ at: 1_000 + i * 500, key: `l${i}` }));
    const { shown, state } = run(long, 200_000);
    // Ten seconds each: about twelve in two minutes, then the rest have waited too long.
    const spotlit = new Set(shown.map((s) => s.key).filter((k) => k?.startsWith('x:l'))).size;
    expect(spotlit).toBeGreaterThanOrEqual(11);
    expect(spotlit).toBeLessThan(20);
    expect(state.queue).toEqual([]);
  });

  it('brings the posts on screen one card every 3 s, each within 30 s', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ at: 1_000 + i * 100, key: `c${i}` }));
    const { onScreenAt } = run(ten, 60_000);
    const times = [...onScreenAt.values()].sort((a, b) => a - b);
    expect(times).toHaveLength(10);
    // The first straight to the spotlight, then one card every three seconds.
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3_000);
    for (const [key, at] of onScreenAt)
      expect(at - Number(ten.find((p) => `x:${p.key}` === key)!.at)).toBeLessThanOrEqual(30_000);
  });

  it('shows all that waited 30 s at once when more come than the screen can take', () => {
    const flood = Array.from({ length: 40 }, (_, i) => ({ at: 1_000 + i * 250, key: `f${i}` }));
    const { onScreenAt } = run(flood, 80_000);
    expect(onScreenAt.size).toBe(40);
    for (const [key, at] of onScreenAt) {
      const arrived = flood.find((p) => `x:${p.key}` === key)!.at;
      expect(at - arrived).toBeLessThanOrEqual(30_000 + TICK);
    }
  });
});

describe('the greeting as new', () => {
  it('lasts 12 s from the moment a post comes on screen, even one that waited its turn in a burst', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ at: 1_000 + i * 100, key: `g${i}` }));
    const { onScreenAt, greeted } = run(ten, 80_000);
    const last = 'x:g9';
    // It waited more than the greeting lasts before the hall could see it...
    expect(onScreenAt.get(last)! - 1_900).toBeGreaterThan(DEFAULT_PACING.freshMs);
    for (const { key } of ten) {
      const ticks = greeted.get(`x:${key}`) ?? [];
      // ...and is greeted from then on, for 12 s, never while it waited off screen.
      expect(ticks[0]).toBe(onScreenAt.get(`x:${key}`));
      expect(ticks.at(-1)! - ticks[0]! + TICK).toBe(DEFAULT_PACING.freshMs);
    }
  });

  it('is not given to a post already on the wall when the panel opens', () => {
    const { greeted } = run([], 20_000);
    expect(greeted.size).toBe(0);
  });
});

describe('idle cycling', () => {
  it('moves on every 15 s through the newest posts only when nothing new came', () => {
    const { shown } = run([], 70_000);
    expect(shown.map((s) => s.at)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(shown.map((s) => s.key)).toEqual(['x:old0', 'x:old1', 'x:old2', 'x:old3', 'x:old4']);
  });

  it('does not cycle while an arrival waits', () => {
    const { shown } = run(
      [
        { at: 1_000, key: 'a' },
        { at: 2_000, key: 'b' },
      ],
      25_000,
    );
    // b waits its turn (a's hold), then nothing changes until b has been up for the idle cycle's 15 s.
    expect(shown.map((s) => s.key)).toEqual(['x:old0', 'x:a', 'x:b']);
  });

  it('goes back to the newest after the eighth', () => {
    const { shown } = run([], 8 * 15_000 + 1_000);
    expect(shown.at(-1)?.key).toBe('x:old0');
  });
});

describe('what the spotlight may show', () => {
  it('leaves a post the moment it leaves the wall, for the oldest waiting arrival or the newest post', () => {
    const items = arrangeFeed(new Map([post('a', 1), post('b', 2)].map((p) => [p.key, p])));
    const up: StageState = { ...EMPTY_STAGE, spotlight: { key: 'x:gone', since: T0, arrival: true } };
    expect(stepStage(up, items, [], T0 + 1).spotlight?.key).toBe('x:a');
    expect(spotlightKey(up, items)).toBeUndefined();
  });

  it('shows the brand’s own posts only when no customer’s post is on the wall', () => {
    const brandOnly = arrangeFeed(new Map([post('brand', 1, true)].map((p) => [p.key, p])));
    expect(stepStage(EMPTY_STAGE, brandOnly, [], T0).spotlight?.key).toBe('x:brand');
    const mixed = arrangeFeed(new Map([post('brand', 1, true), post('customer', 5)].map((p) => [p.key, p])));
    expect(stepStage(EMPTY_STAGE, mixed, [], T0).spotlight?.key).toBe('x:customer');
  });

  it('returns the same state object when nothing changes (no render)', () => {
    const items = arrangeFeed(new Map([post('a', 1), post('b', 2)].map((p) => [p.key, p])));
    const first = stepStage(EMPTY_STAGE, items, [], T0);
    expect(stepStage(first, items, [], T0 + 1_000)).toBe(first);
  });
});
