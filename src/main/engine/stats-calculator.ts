// The statistics of the stats panel, read in hour-long slices. The answer window (7 days) and "today" can
// hold many posts on a busy wall: read at once, they would freeze the event loop (and the screens' stream)
// for hundreds of milliseconds; read a slice at a time with a yield between slices, they never do.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { WallStats } from '../../shared/stats.ts';
import { summariseAnswers } from '../store/response-times.ts';
import type { PostReader } from '../store/store-api.ts';

export const HOUR_MS = 3_600_000;
/** The answer rate and response time look back a week: enough answers to mean something, recent enough to act on. */
export const ANSWER_WINDOW_HOURS = 168;

export interface StatsInput {
  nowMs: number;
  /** Midnight of today in the wall's time zone. */
  startOfDayMs: number;
  responseTargetSeconds: number;
  /** Posts hidden by moderation. */
  hidden: number;
}

/** [since, until] inclusive slices of at most an hour, covering [fromMs, toMs]. */
function* hourSlices(fromMs: number, toMs: number): Generator<[number, number]> {
  for (let since = fromMs; since <= toMs; since += HOUR_MS) yield [since, Math.min(since + HOUR_MS - 1, toMs)];
}

/** A generator that pauses (yields) between slices; run it whole or with yields to the event loop. */
export function* statsSteps(reader: PostReader, input: StatsInput): Generator<void, WallStats> {
  const { nowMs } = input;
  const sentiment = { positive: 0, neutral: 0, negative: 0 };
  for (const [since, until] of hourSlices(input.startOfDayMs, nowMs)) {
    const split = reader.sentimentSplit(since, nowMs, until);
    sentiment.positive += split.positive;
    sentiment.neutral += split.neutral;
    sentiment.negative += split.negative;
    yield;
  }
  let customerPosts = 0;
  const responseMs: number[] = [];
  for (const [since, until] of hourSlices(nowMs - ANSWER_WINDOW_HOURS * HOUR_MS, nowMs)) {
    const facts = reader.answerFacts(since, until, nowMs);
    customerPosts += facts.customerPosts;
    for (const ms of facts.responseMs) responseMs.push(ms);
    yield;
  }
  return {
    generatedAt: new Date(nowMs).toISOString(),
    perNetwork: reader.countsPerNetwork(input.startOfDayMs),
    last24h: reader.hourlyCounts(nowMs, 24),
    sentiment,
    answers: { windowHours: ANSWER_WINDOW_HOURS, ...summariseAnswers(customerPosts, responseMs, input.responseTargetSeconds) },
    rating: reader.ratingStats(nowMs),
    hidden: input.hidden,
  };
}

/** All at once (the first request, before any computed statistics exist). */
export function computeStatsNow(reader: PostReader, input: StatsInput): WallStats {
  const steps = statsSteps(reader, input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Slice by slice, yielding to the event loop between them. */
export async function computeStatsSliced(reader: PostReader, input: StatsInput): Promise<WallStats> {
  const steps = statsSteps(reader, input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToLoop();
  }
}
