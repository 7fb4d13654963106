import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';

const reset = { type: 'reset', data: { reason: 'x' } } as const;

describe('ChangeFeed', () => {
  it('numbers events with the boot id and replays what a client missed', () => {
    const feed = new ChangeFeed();
    const a = feed.publish(reset);
    feed.publish(reset);
    const c = feed.publish(reset);
    expect(a.id).toBe(`${feed.bootId}-1`);
    const resume = feed.resume(a.id);
    expect(resume.kind).toBe('replay');
    expect(resume.kind === 'replay' && resume.events.map((e) => e.seq)).toEqual([2, 3]);
    expect(feed.resume(c.id)).toEqual({ kind: 'replay', events: [] });
  });

  it('asks for a reset after a restart, for unknown ids and when the buffer no longer covers the gap', () => {
    const feed = new ChangeFeed(10);
    for (let i = 0; i < 30; i++) feed.publish(reset);
    expect(feed.resume('deadbeef-3').kind).toBe('reset');
    expect(feed.resume(`${feed.bootId}-99`).kind).toBe('reset');
    expect(feed.resume(`${feed.bootId}-2`).kind).toBe('reset');
    expect(feed.resume(`${feed.bootId}-25`).kind).toBe('replay');
    expect(feed.resume(undefined).kind).toBe('fresh');
    expect(feed.resume('garbage').kind).toBe('reset');
  });

  it('pushes each event to live subscribers', () => {
    const feed = new ChangeFeed();
    const seen: number[] = [];
    const sub = feed.events$.subscribe((e) => seen.push(e.seq));
    feed.publish(reset);
    feed.publish(reset);
    sub.unsubscribe();
    feed.publish(reset);
    expect(seen).toEqual([1, 2]);
  });
});
