import { describe, expect, it } from 'vitest';
import { networkRatings } from '../../../src/main/engine/network-ratings.ts';
import type { SourceHealth } from '../../../src/shared/health.ts';

const health = (sourceId: string, budget: Record<string, number | string>): SourceHealth => ({
  sourceId,
  type: sourceId,
  networks: [],
  state: 'ok',
  consecutiveFailures: 0,
  invalidItems: 0,
  acceptedItems: 0,
  budget,
});

describe('networkRatings', () => {
  it('gathers the Facebook page stars and each Foursquare place score the connectors report', () => {
    expect(
      networkRatings([
        health('fb', { pageRating: 4.6, pageRatingCount: 212, usagePercent: 3 }),
        health('4sq', { 'placeRating:a': 8.7, 'placeRatings:a': 40, 'placeRating:b': 7.9 }),
        health('one-place', { placeRating: 9.1, placeRatings: 12 }),
        health('x', { postsReadThisMonth: 30 }),
      ]),
    ).toEqual([
      { sourceId: 'fb', network: 'facebook', rating: 4.6, scale: 5, count: 212 },
      { sourceId: '4sq', network: 'foursquare', rating: 8.7, scale: 10, count: 40 },
      { sourceId: '4sq', network: 'foursquare', rating: 7.9, scale: 10 },
      { sourceId: 'one-place', network: 'foursquare', rating: 9.1, scale: 10, count: 12 },
    ]);
  });

  it('ignores what is not a number', () => {
    expect(networkRatings([health('fb', { pageRating: 'n/a' })])).toEqual([]);
  });
});
