// The rss connector's pure parts: the keyword filter and the mapping of an entry to a web mention.
import { describe, expect, it } from 'vitest';
import { keywordFilter } from '../../../../src/connectors/rss/keyword-filter.ts';
import {
  MAX_SUMMARY_CHARS,
  articleUrl,
  mapWebEntry,
  webPostKey,
} from '../../../../src/connectors/rss/map-web-entry.ts';
import { RssOptionsSchema } from '../../../../src/connectors/rss/rss-options.ts';

const context = { feedUrl: 'https://news.example/feed.rss', feedName: 'News' };

describe('keywordFilter', () => {
  it('matches whole words, ignoring case and accents', () => {
    const keep = keywordFilter(['Atelier Nova', 'Noël']);
    expect(keep('Chez ATELIER NOVA, tout va bien')).toBe(true);
    expect(keep('joyeux noel')).toBe(true);
    expect(keep('innovation, ateliernova')).toBe(false);
    expect(keywordFilter([])('anything')).toBe(true);
  });
});

describe('mapWebEntry', () => {
  it('says why an entry without a date is skipped', () => {
    expect(mapWebEntry({ id: 'x', title: 'T' }, context)).toBe('feed News: item x has no readable date');
  });

  it('shortens a long summary, keeps no e-mail address as author, and drops links that are not http(s)', () => {
    const post = mapWebEntry(
      {
        id: 'x',
        title: 'T',
        summary: `<p>${'mot '.repeat(600)}</p>`,
        author: 'jane@example.com',
        link: 'javascript:alert(1)',
        published: '2026-03-01T09:00:00Z',
      },
      context,
    );
    if (typeof post === 'string') throw new Error(post);
    expect((post['text'] as string).length).toBeLessThanOrEqual('T\n\n'.length + MAX_SUMMARY_CHARS + 1);
    expect((post['text'] as string).endsWith('…')).toBe(true);
    expect(post['author']).toMatchObject({ name: 'News', isBrand: false });
    expect(post['url']).toBeUndefined();
    expect(post['key']).toBe(webPostKey(context.feedUrl, 'x'));
  });

  it('links a Google Alert to the article', () => {
    expect(articleUrl('https://www.google.com/url?rct=j&sa=t&url=https://a.example/p%3Fq%3D1&ct=ga')?.href).toBe(
      'https://a.example/p?q=1',
    );
    expect(articleUrl('https://a.example/x')?.href).toBe('https://a.example/x');
  });
});

describe('RssOptionsSchema', () => {
  it('takes plain URLs for feeds and refuses one listed twice', () => {
    expect(RssOptionsSchema.parse({ feeds: ['https://a.example/feed'] })).toMatchObject({
      feeds: [{ url: 'https://a.example/feed' }],
      keywords: [],
      maxItemsPerPoll: 20,
    });
    expect(
      RssOptionsSchema.safeParse({ feeds: ['https://a.example/feed', { url: 'https://a.example/feed' }] }).error
        ?.issues[0]?.message,
    ).toBe('a feed URL is listed twice');
    expect(RssOptionsSchema.safeParse({ feeds: [] }).error?.issues[0]?.message).toBe('give at least one feed URL');
    expect(RssOptionsSchema.safeParse({ feeds: ['ftp://a.example/feed'] }).success).toBe(false);
  });
});
