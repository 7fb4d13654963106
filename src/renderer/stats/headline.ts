// The panel's first line, read in five seconds from across the hall: the share of customers who got an answer
// against the company's target, over the same window and the same posts as the tiles under it.
import type { AnswerStats } from '../../shared/stats.ts';

export type Tone = 'good' | 'warn' | 'neutral';

export interface Headline {
  /** 'answered': "49 % des clients ont eu une réponse — objectif 80 %"; 'none': nothing was awaited. */
  kind: 'answered' | 'none';
  rate: number | null;
  target: number;
  tone: Tone;
}

export function headlineOf(answers: AnswerStats): Headline {
  if (answers.rate === null || answers.awaited === 0)
    return { kind: 'none', rate: null, target: answers.rateTarget, tone: 'neutral' };
  return {
    kind: 'answered',
    rate: answers.rate,
    target: answers.rateTarget,
    tone: answers.rate >= answers.rateTarget ? 'good' : 'warn',
  };
}

/** The window in words: 168 hours are "7 derniers jours", 24 "dernier jour", 6 "6 dernières heures". */
export function windowWords(hours: number): { key: 'stats.window_days' | 'stats.window'; count: number } {
  return hours % 24 === 0 ? { key: 'stats.window_days', count: hours / 24 } : { key: 'stats.window', count: hours };
}

/** A rating on the wall's one scale (out of 5), from a network's own scale. */
export function outOfFive(rating: number, scale: 5 | 10): number {
  return scale === 10 ? rating / 2 : rating;
}

/** A trend in words and arrow: more complaints than the week before is up (bad), fewer is down. */
export function trendOf(count: number, previous: number): 'up' | 'down' | 'same' {
  return count > previous ? 'up' : count < previous ? 'down' : 'same';
}
