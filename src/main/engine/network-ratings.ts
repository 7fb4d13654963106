// The networks' own ratings of the brand (a Facebook page's stars, a Foursquare place's score), as the
// connectors report them in their source's health, gathered for the statistics panel.
import type { SourceHealth } from '../../shared/health.ts';
import type { NetworkRating } from '../../shared/stats.ts';

function numberIn(budget: Record<string, number | string> | undefined, key: string): number | undefined {
  const value = budget?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function networkRatings(sources: Iterable<SourceHealth>): NetworkRating[] {
  const ratings: NetworkRating[] = [];
  for (const source of sources) {
    const page = numberIn(source.budget, 'pageRating');
    if (page !== undefined) {
      const count = numberIn(source.budget, 'pageRatingCount');
      ratings.push({
        sourceId: source.sourceId,
        network: 'facebook',
        rating: page,
        scale: 5,
        ...(count !== undefined ? { count } : {}),
      });
    }
    // One place: `placeRating`; several: `placeRating:<place id>` each.
    for (const key of Object.keys(source.budget ?? {})) {
      const match = /^placeRating(:.+)?$/.exec(key);
      const place = match ? numberIn(source.budget, key) : undefined;
      if (place === undefined) continue;
      const count = numberIn(source.budget, `placeRatings${match?.[1] ?? ''}`);
      ratings.push({
        sourceId: source.sourceId,
        network: 'foursquare',
        rating: place,
        scale: 10,
        ...(count !== undefined ? { count } : {}),
      });
    }
  }
  return ratings;
}
