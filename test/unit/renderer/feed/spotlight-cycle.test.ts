import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../src/shared/post.ts';
import { arrangeFeed } from '../../../../src/renderer/feed/post-collection.ts';
import {
  decideSpotlight,
  shownSpotlight,
  SPOTLIGHT_CYCLE_MS,
  SPOTLIGHT_HOLD_MS,
  type SpotlightState,
} from '../../../../src/renderer/feed/spotlight-cycle.ts';
import { makePost } from '../../../e2e/support/make-post.ts';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const post = (i: number): Post =>
  makePost({ key: `x:p${i}`, network: 'x', createdAt: new Date(T0 - i * 60_000).toISOString() });
const items = arrangeFeed(new Map(Array.from({ length: 12 }, (_, i) => post(i)).map((p) => [p.key, p])));

describe('decideSpotlight', () => {
  it('starts on the newest arrival, else the newest post', () => {
    expect(decideSpotlight({ key: undefined, since: 0 }, items, [], T0).key).toBe('x:p0');
    expect(decideSpotlight({ key: undefined, since: 0 }, items, [{ key: 'x:p3', at: T0 }], T0).key).toBe('x:p3');
  });

  it('gives a new arrival the spotlight once the current post has been up long enough, not before', () => {
    const up: SpotlightState = { key: 'x:p2', since: T0 };
    const arrivals = [{ key: 'x:p0', at: T0 + 1_000 }];
    expect(decideSpotlight(up, items, arrivals, T0 + SPOTLIGHT_HOLD_MS - 1)).toBe(up);
    expect(decideSpotlight(up, items, arrivals, T0 + SPOTLIGHT_HOLD_MS)).toEqual({
      key: 'x:p0',
      since: T0 + SPOTLIGHT_HOLD_MS,
    });
  });

  it('moves on to the next post when nothing new comes, and keeps the same state object in between', () => {
    const up: SpotlightState = { key: 'x:p0', since: T0 };
    expect(decideSpotlight(up, items, [], T0 + SPOTLIGHT_CYCLE_MS - 1)).toBe(up);
    expect(decideSpotlight(up, items, [], T0 + SPOTLIGHT_CYCLE_MS).key).toBe('x:p1');
    // Eight deep, then back to the newest.
    expect(decideSpotlight({ key: 'x:p7', since: T0 }, items, [], T0 + SPOTLIGHT_CYCLE_MS).key).toBe('x:p0');
  });

  it('leaves a post that left the wall at once', () => {
    const gone = items.filter((i) => i.post.key !== 'x:p4');
    expect(decideSpotlight({ key: 'x:p4', since: T0 }, gone, [], T0 + 10).key).toBe('x:p0');
    expect(shownSpotlight('x:p4', gone, [])).toBe('x:p0');
    expect(shownSpotlight('x:p4', items, [])).toBe('x:p4');
    expect(shownSpotlight(undefined, [], [])).toBeUndefined();
  });

  it('ignores an arrival that is not a post of its own on the wall (a brand reply under its parent)', () => {
    const up: SpotlightState = { key: 'x:p1', since: T0 };
    expect(decideSpotlight(up, items, [{ key: 'x:reply', at: T0 + 1 }], T0 + SPOTLIGHT_HOLD_MS)).toBe(up);
  });
});
