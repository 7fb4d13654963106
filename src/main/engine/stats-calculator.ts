// The statistics of the stats panel, read in small steps. The answer window (7 days) and "today" can hold
// many posts on a busy wall: read at once, they would freeze the event loop (and the screens' stream) for
// hundreds of milliseconds; read a step at a time (pages of customer posts, hour slices of today) with a
// yield between steps, they never do.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { WallStats } from '../../shared/stats.ts';
import { summariseAnswers } from '../store/response-times.ts';
import type { AnswerFactsPage, PostReader } from '../store/store-api.ts';

/** Customer posts of the answer window read per step: a few milliseconds of work. */
const ANSWER_PAGE = 500;

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
  let page: AnswerFactsPage | undefined;
  do {
    page = reader.answerFacts(nowMs - ANSWER_WINDOW_HOURS * HOUR_MS, nowMs, nowMs, page?.next, ANSWER_PAGE);
    customerPosts += page.customerPosts;
    for (const ms of page.responseMs) responseMs.push(ms);
    yield;
  } while (page.next);
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
