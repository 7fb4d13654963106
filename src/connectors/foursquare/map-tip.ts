// Foursquare tip → the wall's post. Tips carry no author (a neutral visitor stands in) and no rating of
// their own: the place's 0–10 rating is a place figure, not the tip writer's opinion, so it goes to the
// source's health and never into post.rating. Pure.
import { isoUtc } from '../shared/epoch.ts';
import type { FoursquareTip } from './foursquare-tip.ts';

export interface TipMapContext {
  visitorName: string;
  fetchedAt: string;
}

const https = (url: string | null | undefined): string | undefined =>
  url && /^https:\/\//i.test(url) ? url : undefined;

export function mapTip(tip: FoursquareTip, context: TipMapContext): Record<string, unknown> {
  const photo = tip.photo;
  const photoUrl = photo ? https(`${photo.prefix}original${photo.suffix}`) : undefined;
  const url = https(tip.url);
  return {
    key: `foursquare:${tip.fsq_tip_id}`,
    network: 'foursquare',
    kind: 'tip',
    ...(url ? { url } : {}),
    author: { id: 'foursquare-visitor', name: context.visitorName, isBrand: false },
    text: tip.text,
    ...(tip.lang ? { lang: tip.lang } : {}),
    media:
      photo && photoUrl
        ? [
            {
              type: 'image',
              url: photoUrl,
              previewUrl: `${photo.prefix}300x300${photo.suffix}`,
              ...(photo.width ? { width: photo.width } : {}),
              ...(photo.height ? { height: photo.height } : {}),
            },
          ]
        : [],
    ...(typeof tip.agree_count === 'number' ? { metrics: { likes: tip.agree_count, asOf: context.fetchedAt } } : {}),
    createdAt: isoUtc(tip.created_at) ?? tip.created_at,
  };
}
