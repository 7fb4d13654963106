// The statistics of the stats panel, read in small steps. The answer window (7 days) and "today" can hold
// many posts on a busy wall: read at once, they would freeze the event loop (and the screens' stream) for
// hundreds of milliseconds; read a page of customer posts at a time with a yield between pages, they never do.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { NetworkRating, WallStats } from '../../shared/stats.ts';
import { summariseAnswers } from '../store/response-times.ts';
import type { AnswerFactsPage, PostReader, SentimentPage } from '../store/store-api.ts';

/** Customer posts read per step: a few milliseconds of work. */
const PAGE = 500;

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
  /** The networks' own ratings of the brand, from the sources' health. */
  networkRatings: NetworkRating[];
}

/** A generator that pauses (yields) between pages; run it whole or with yields to the event loop. */
export function* statsSteps(reader: PostReader, input: StatsInput): Generator<void, WallStats> {
  const { nowMs } = input;
  const sentiment = { positive: 0, neutral: 0, negative: 0 };
  let sentimentPage: SentimentPage | undefined;
  do {
    sentimentPage = reader.sentimentPage(input.startOfDayMs, nowMs, nowMs, sentimentPage?.next, PAGE);
    sentiment.positive += sentimentPage.split.positive;
    sentiment.neutral += sentimentPage.split.neutral;
    sentiment.negative += sentimentPage.split.negative;
    yield;
  } while (sentimentPage.next);
  let customerPosts = 0;
  const responseMs: number[] = [];
  let page: AnswerFactsPage | undefined;
  do {
    page = reader.answerFacts(nowMs - ANSWER_WINDOW_HOURS * HOUR_MS, nowMs, nowMs, page?.next, PAGE);
    customerPosts += page.customerPosts;
    for (const ms of page.responseMs) responseMs.push(ms);
    yield;
  } while (page.next);
  return {
    generatedAt: new Date(nowMs).toISOString(),
    perNetwork: reader.countsPerNetwork(input.startOfDayMs),
    last24h: reader.hourlyCounts(nowMs, 24),
    sentiment,
    answers: {
      windowHours: ANSWER_WINDOW_HOURS,
      ...summariseAnswers(customerPosts, responseMs, input.responseTargetSeconds),
    },
    rating: reader.ratingStats(nowMs),
    hidden: input.hidden,
    networkRatings: input.networkRatings,
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
