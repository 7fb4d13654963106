import { describe, expect, it } from 'vitest';
import { linkParam, parseLinkHeader } from '../../../../src/connectors/shared/link-header.ts';

describe('parseLinkHeader', () => {
  it("reads Mastodon's and Foursquare's paging links by rel", () => {
    const links = parseLinkHeader(
      '<https://m.example/api/v1/timelines/tag/x?max_id=12>; rel="next", <https://m.example/api/v1/timelines/tag/x?min_id=20>; rel="prev"',
    );
    expect(links['next']).toBe('https://m.example/api/v1/timelines/tag/x?max_id=12');
    expect(linkParam(links['next'], 'max_id')).toBe('12');
    expect(parseLinkHeader('<https://places-api.foursquare.com/places/p/tips?cursor=abc>; rel=next')['next']).toContain(
      'cursor=abc',
    );
  });

  it('has nothing to say about a missing or broken header', () => {
    expect(parseLinkHeader(undefined)).toEqual({});
    expect(parseLinkHeader('garbage')).toEqual({});
    expect(linkParam('not a url', 'x')).toBeUndefined();
  });
});
