// The answer statistics from the raw facts: how many customer posts, and the response time of each answered one.
import type { AnswerStats } from '../../shared/stats.ts';

export type AnswerSummary = Omit<AnswerStats, 'windowHours'>;

export function summariseAnswers(
  customerPosts: number,
  responseMs: readonly number[],
  targetSeconds: number,
): AnswerSummary {
  const answered = responseMs.length;
  const sorted = [...responseMs].sort((a, b) => a - b);
  const within = sorted.filter((ms) => ms <= targetSeconds * 1000).length;
  return {
    customerPosts,
    answered,
    rate: customerPosts > 0 ? answered / customerPosts : null,
    medianResponseSeconds: answered > 0 ? Math.round(median(sorted) / 1000) : null,
    targetSeconds,
    withinTargetRate: answered > 0 ? within / answered : null,
  };
}

/** Of a sorted, non-empty list; the mean of the two middle values when the count is even. */
function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
