import { describe, expect, it } from 'vitest';
import { isDeskOpen, localTimeOfDay, postDensity } from '../../../src/connectors/demo/daily-rhythm.ts';
import { MAX_REPLY_DELAY_MS, planSlot, type SlotPlan } from '../../../src/connectors/demo/slot-plan.ts';
import { FRIDAY_NOON } from './demo-test-helpers.ts';

const SLOT_MS = 12_000;
const HOUR = 3_600_000;

function plansBetween(from: number, to: number, seed = 42): SlotPlan[] {
  const plans: SlotPlan[] = [];
  for (let slot = Math.floor(from / SLOT_MS); slot * SLOT_MS < to; slot++) {
    const plan = planSlot(seed, slot, SLOT_MS);
    if (plan) plans.push(plan);
  }
  return plans;
}

describe('demo slot plan', () => {
  // Three days, so that every hour of the day is sampled often.
  const plans = plansBetween(FRIDAY_NOON - 72 * HOUR, FRIDAY_NOON);

  it('is a pure function of seed and slot', () => {
    const slot = Math.floor(FRIDAY_NOON / SLOT_MS);
    for (let s = slot; s < slot + 200; s++) expect(planSlot(42, s, SLOT_MS)).toEqual(planSlot(42, s, SLOT_MS));
    const a = plansBetween(FRIDAY_NOON, FRIDAY_NOON + HOUR, 1).map((p) => p.slot);
    const b = plansBetween(FRIDAY_NOON, FRIDAY_NOON + HOUR, 2).map((p) => p.slot);
    expect(a).not.toEqual(b);
  });

  it('keeps each post inside its slot', () => {
    for (const p of plans) {
      expect(p.createdAt).toBeGreaterThanOrEqual(p.slot * SLOT_MS);
      expect(p.createdAt).toBeLessThan((p.slot + 1) * SLOT_MS);
    }
  });

  it('is busy at lunch and in the evening, quiet at night', () => {
    const perLocalHour = new Array<number>(24).fill(0);
    for (const p of plans) perLocalHour[Math.floor(localTimeOfDay(p.createdAt) / HOUR)]! += 1;
    const [lunch, evening, night] = [perLocalHour[12]!, perLocalHour[19]!, perLocalHour[3]!];
    expect(lunch).toBeGreaterThan(4 * night);
    expect(evening).toBeGreaterThan(4 * night);
    expect(perLocalHour[10]!).toBeLessThan(lunch);
    expect(postDensity(FRIDAY_NOON)).toBeGreaterThan(postDensity(FRIDAY_NOON - 9 * HOUR));
  });

  it('answers complaints and questions more often than praise, and tips never', () => {
    const rate = (filter: (p: SlotPlan) => boolean): number => {
      const selected = plans.filter(filter);
      return selected.filter((p) => p.replyAt !== undefined).length / selected.length;
    };
    const complaints = rate((p) => p.category === 'complaint');
    const questions = rate((p) => p.category === 'question');
    const praise = rate((p) => p.category === 'praise');
    expect(complaints).toBeGreaterThan(0.75);
    expect(questions).toBeGreaterThan(0.75);
    expect(praise).toBeLessThan(0.55);
    expect(praise).toBeGreaterThan(0.2);
    expect(rate((p) => p.category === 'tip')).toBe(0);
  });

  it('answers within the desk hours, a few minutes to a few hours later, never beyond the maximum delay', () => {
    const replied = plans.filter((p) => p.replyAt !== undefined);
    const delays = replied.map((p) => (p.replyAt ?? 0) - p.createdAt);
    for (const p of replied) expect(isDeskOpen(p.replyAt ?? 0)).toBe(true);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2 * 60_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_REPLY_DELAY_MS);
    const fast = delays.filter((d) => d <= 15 * 60_000).length / delays.length;
    const slow = delays.filter((d) => d >= 2 * HOUR).length / delays.length;
    expect(fast).toBeGreaterThan(0.2);
    expect(slow).toBeGreaterThan(0.1);
    // A post at 02:00 is answered the next morning.
    const night = replied.filter((p) => Math.floor(localTimeOfDay(p.createdAt) / HOUR) === 2);
    expect(night.length).toBeGreaterThan(0);
    for (const p of night) expect(Math.floor(localTimeOfDay(p.replyAt ?? 0) / HOUR)).toBeGreaterThanOrEqual(8);
  });

  it('rates tips and reviews consistently with what they say', () => {
    for (const p of plans) {
      if (p.category === 'tip' || p.category === 'review') expect(p.rating).toBeDefined();
      else expect(p.rating).toBeUndefined();
      if (p.topic === 'praise' && p.category === 'review') expect(p.rating).toBeGreaterThanOrEqual(4);
      if (p.topic === 'tip-bad' || ['late', 'price', 'desk'].includes(p.topic))
        expect(p.rating ?? 1).toBeLessThanOrEqual(3);
    }
  });
});
