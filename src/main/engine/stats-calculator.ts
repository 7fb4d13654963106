// The statistics of the stats panel, read in small steps. The answer window (7 days) and "today" can hold
// many posts on a busy wall: read at once, they would freeze the event loop (and the screens' stream) for
// hundreds of milliseconds; read a page of customer posts at a time with a yield between pages, they never do.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { NetworkRating, WallStats } from '../../shared/stats.ts';
import { summariseAnswers } from '../store/response-times.ts';
import type { AnswerFactsPage, SentimentPage, StatsReader } from '../store/store-api.ts';

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

/** Reads the statistics page by page, calling `pause` between pages (a yield to the event loop, or nothing). */
export async function computeStats(
  reader: StatsReader,
  input: StatsInput,
  pause: () => Promise<void> | void,
): Promise<WallStats> {
  const { nowMs } = input;
  const sentiment = { positive: 0, neutral: 0, negative: 0 };
  let sentimentPage: SentimentPage | undefined;
  do {
    sentimentPage = await reader.sentimentPage(input.startOfDayMs, nowMs, nowMs, sentimentPage?.next, PAGE);
    sentiment.positive += sentimentPage.split.positive;
    sentiment.neutral += sentimentPage.split.neutral;
    sentiment.negative += sentimentPage.split.negative;
    await pause();
  } while (sentimentPage.next);
  let customerPosts = 0;
  const responseMs: number[] = [];
  let page: AnswerFactsPage | undefined;
  do {
    page = await reader.answerFacts(nowMs - ANSWER_WINDOW_HOURS * HOUR_MS, nowMs, nowMs, page?.next, PAGE);
    customerPosts += page.customerPosts;
    for (const ms of page.responseMs) responseMs.push(ms);
    await pause();
  } while (page.next);
  return {
    generatedAt: new Date(nowMs).toISOString(),
    perNetwork: await reader.countsPerNetwork(input.startOfDayMs),
    last24h: await reader.hourlyCounts(nowMs, 24),
    sentiment,
    answers: {
      windowHours: ANSWER_WINDOW_HOURS,
      ...summariseAnswers(customerPosts, responseMs, input.responseTargetSeconds),
    },
    rating: await reader.ratingStats(nowMs),
    hidden: input.hidden,
    networkRatings: input.networkRatings,
  };
}

/** All at once (the first request, before any computed statistics exist). */
export function computeStatsNow(reader: StatsReader, input: StatsInput): Promise<WallStats> {
  return computeStats(reader, input, () => undefined);
}

/** Slice by slice, yielding to the event loop between them. */
export function computeStatsSliced(reader: StatsReader, input: StatsInput): Promise<WallStats> {
  return computeStats(reader, input, () => yieldToLoop());
}
