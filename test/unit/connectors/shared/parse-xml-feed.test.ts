// The shared RSS/Atom reader on the shapes real feeds have: YouTube's media:group, Reddit's media:thumbnail
// beside Atom's own <content>, RSS 1.0 (rdf:RDF), and documents that are not feeds.
import { describe, expect, it } from 'vitest';
import {
  FeedFormatError,
  parseAtom,
  parseFeed,
  parseRss,
} from '../../../../src/connectors/shared/feeds/parse-xml-feed.ts';

const YOUTUBE = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <title>Atelier Nova</title>
 <entry>
  <id>yt:video:abc123</id><yt:videoId>abc123</yt:videoId><title>Visite de l'atelier</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abc123"/>
  <author><name>Atelier Nova</name><uri>https://www.youtube.com/channel/UC1</uri></author>
  <published>2026-03-01T10:00:00+00:00</published><updated>2026-03-02T08:00:00+00:00</updated>
  <media:group><media:title>Visite de l'atelier</media:title>
   <media:content url="https://www.youtube.com/v/abc123?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i1.ytimg.com/vi/abc123/hqdefault.jpg" width="480" height="360"/>
   <media:description>On vous montre tout &amp; plus.</media:description></media:group>
 </entry>
</feed>`;

const REDDIT = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<entry><author><name>/u/jane</name><uri>https://www.reddit.com/user/jane</uri></author><category term="france" label="r/france"/>
<content type="html">&lt;p&gt;Quelqu'un connaît Atelier Nova ?&lt;/p&gt;</content><id>t3_1abc</id>
<media:thumbnail url="https://b.thumbs.redditmedia.com/x.jpg"/><link href="https://www.reddit.com/r/france/comments/1abc/"/>
<updated>2026-03-01T10:00:00+00:00</updated><published>2026-03-01T09:00:00+00:00</published><title>Garage à Lyon</title></entry></feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://forum.example/"><title>Forum</title><dc:language>en</dc:language></channel>
<item rdf:about="https://forum.example/t/1"><title>Nova?</title><link>https://forum.example/t/1</link><description>A question</description><dc:date>2026-03-01T09:00:00Z</dc:date></item></rdf:RDF>`;

describe('parseFeed', () => {
  it("reads YouTube's Atom: the thumbnail as a picture, the video player as a file that is not one, the description as summary", () => {
    const feed = parseFeed(YOUTUBE);
    expect(feed).toMatchObject({ format: 'atom', title: 'Atelier Nova' });
    expect(feed.entries[0]).toMatchObject({
      id: 'yt:video:abc123',
      link: 'https://www.youtube.com/watch?v=abc123',
      summary: 'On vous montre tout & plus.',
      published: '2026-03-01T10:00:00+00:00',
      updated: '2026-03-02T08:00:00+00:00',
      media: [
        { url: 'https://www.youtube.com/v/abc123?version=3', isImage: false },
        { url: 'https://i1.ytimg.com/vi/abc123/hqdefault.jpg', isImage: true, width: 480, height: 360 },
      ],
    });
  });

  it("tells Atom's <content> from media:content and reads Reddit's entries", () => {
    const [entry] = parseAtom(REDDIT);
    expect(entry).toMatchObject({
      id: 't3_1abc',
      author: '/u/jane',
      body: "<p>Quelqu'un connaît Atelier Nova ?</p>",
      media: [{ url: 'https://b.thumbs.redditmedia.com/x.jpg', isImage: true }],
    });
  });

  it('reads RSS 1.0 (rdf:RDF): rdf:about as the id, dc:date', () => {
    const feed = parseFeed(RDF);
    expect(feed).toMatchObject({ format: 'rdf', title: 'Forum' });
    expect(feed.entries[0]).toMatchObject({
      id: 'https://forum.example/t/1',
      summary: 'A question',
      published: '2026-03-01T09:00:00Z',
    });
  });

  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<!doctype html><html><body><p>hello</p></body></html>')).toThrow(FeedFormatError);
    expect(() => parseFeed('{"items": []}')).toThrow(/neither <rss>/);
    expect(() => parseRss('<feed/>')).toThrow(FeedFormatError);
  });

  it('reads an image enclosure by its type, another by its file name, and not an audio one', () => {
    const [item] = parseRss(
      `<rss><channel><item><guid>1</guid><enclosure url="https://a.example/p" type="image/png"/><enclosure url="https://a.example/x.webp"/><enclosure url="https://a.example/e.mp3" type="audio/mpeg"/></item></channel></rss>`,
    );
    expect(item?.media?.map((m) => m.isImage)).toEqual([true, true, false]);
  });
});
