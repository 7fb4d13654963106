import { describe, expect, it } from 'vitest';
import { validateCandidates } from '../../../src/main/engine/validate-candidates.ts';

const FETCHED = '2026-03-02T10:00:00.000Z';
const stamp = { sourceId: 'replay', cachePolicy: { mode: 'persist' } as const, fetchedAt: FETCHED };

const candidate = (over: Record<string, unknown> = {}, author: Record<string, unknown> = {}) => ({
  key: 'instagram:abc',
  network: 'instagram',
  kind: 'post',
  text: 'Bonjour le hall',
  createdAt: '2026-03-02T09:58:00Z',
  ...over,
  author: { id: 'u1', name: 'Camille', handle: 'camille', isBrand: false, ...author },
});

const validate = (item: unknown) => validateCandidates([{ type: 'upsert', item }], stamp);
const onlyPost = (item: unknown) => {
  const result = validate(item);
  expect(result.invalid).toEqual([]);
  const [post] = result.posts;
  if (!post) throw new Error('no post');
  return post;
};

describe('a customer’s post is never dropped for a secondary field', () => {
  it('shows a post whose avatar is not https, with initials instead (no avatar)', () => {
    const post = onlyPost(candidate({}, { avatarUrl: 'http://cdn.example/a.jpg' }));
    expect(post.author.avatarUrl).toBeUndefined();
    expect(
      onlyPost(candidate({}, { avatarUrl: 'data:image/svg+xml,<svg onload=1>' })).author.avatarUrl,
    ).toBeUndefined();
    expect(onlyPost(candidate({}, { avatarUrl: 'https://cdn.example/a.jpg' })).author.avatarUrl).toBe(
      'https://cdn.example/a.jpg',
    );
  });

  it('shows a post whose link is javascript:, without the link', () => {
    const post = onlyPost(candidate({ url: 'javascript:alert(1)' }, { profileUrl: 'javascript:alert(2)' }));
    expect(post.url).toBeUndefined();
    expect(post.author.profileUrl).toBeUndefined();
  });

  it('cuts a name over 300 characters with an ellipsis', () => {
    const post = onlyPost(candidate({}, { name: 'N'.repeat(1_000) }));
    expect(post.author.name).toHaveLength(300);
    expect(post.author.name.endsWith('…')).toBe(true);
  });

  it('leaves out a picture that is not https, keeps the others and the post', () => {
    const post = onlyPost(
      candidate({
        media: [
          { type: 'image', url: 'javascript:alert(1)' },
          { type: 'image', url: 'http://cdn.example/p.jpg' },
          { type: 'image', url: 'https://cdn.example/ok.jpg', alt: 'ok', width: -3 },
          { type: 'video', url: 'https://cdn.example/v.mp4', previewUrl: 'file:///etc/passwd' },
        ],
      }),
    );
    expect(post.media).toEqual([
      { type: 'image', url: 'https://cdn.example/ok.jpg', alt: 'ok' },
      { type: 'video', url: 'https://cdn.example/v.mp4' },
    ]);
  });

  it('keeps a post whose secondary fields are broken (rating, metrics, kind, parent, lang, tags)', () => {
    const post = onlyPost(
      candidate({
        kind: 'story',
        rating: 9,
        metrics: { likes: -1, asOf: 'yesterday' },
        parentKey: 'not a key',
        lang: 'x'.repeat(50),
        hashtags: ['ok', 42, 'x'.repeat(500)],
        sentiment: 'positive',
      }),
    );
    expect(post.kind).toBe('post');
    expect(post.rating).toBeUndefined();
    expect(post.metrics).toBeUndefined();
    expect(post.parentKey).toBeUndefined();
    expect(post.lang).toBeUndefined();
    expect(post.hashtags).toEqual(['ok']);
    // The engine's enrichment sets the sentiment, never a connector.
    expect(post.sentiment).toBeUndefined();
  });

  it('refuses only a post with no identity or nothing to show, and says why', () => {
    const refused = (item: unknown) => validate(item).invalid[0];
    expect(refused(candidate({ key: undefined }))?.code).toBe('no-key');
    expect(refused(candidate({ key: 'x:abc' }))?.code).toBe('no-key');
    expect(refused({ ...candidate(), author: { isBrand: false } })?.code).toBe('no-author');
    expect(refused(candidate({ text: '\n\n\u200e \u0007' }))?.code).toBe('nothing-to-show');
    expect(refused('a string')?.code).toBe('unreadable');
    // A review with stars and no words, a picture with no words: shown.
    expect(validate(candidate({ text: '', kind: 'review', rating: 4 })).posts).toHaveLength(1);
    expect(
      validate(candidate({ text: '', media: [{ type: 'image', url: '/bundled/demo/a.svg' }] })).posts,
    ).toHaveLength(1);
    // A deletion tombstone has nothing to show by nature.
    expect(validate(candidate({ text: '', state: 'deleted' })).posts).toHaveLength(1);
  });
});

describe('dates are bounded', () => {
  it('dates a post from the future by its fetch, marked', () => {
    const post = onlyPost(candidate({ createdAt: '2099-01-01T00:00:00Z' }));
    expect(post.createdAt).toBe(FETCHED);
    expect(post.datedAsFetched).toBe('future');
  });

  it('dates a post with no readable date by its fetch, marked', () => {
    const post = onlyPost(candidate({ createdAt: 'hier soir' }));
    expect(post.createdAt).toBe(FETCHED);
    expect(post.datedAsFetched).toBe('unreadable');
  });

  it('keeps a date a little ahead (the network’s clock) and a past date as they are', () => {
    expect(onlyPost(candidate({ createdAt: '2026-03-02T10:01:00Z' })).datedAsFetched).toBeUndefined();
    const post = onlyPost(candidate({ createdAt: '2026-03-02T11:00:00+01:00' }));
    expect(post.createdAt).toBe('2026-03-02T10:00:00.000Z');
    expect(post.datedAsFetched).toBeUndefined();
    expect(onlyPost(candidate({ createdAt: '2026-03-02T09:00:00' })).createdAt).toMatch(/Z$/);
  });

  it('never takes a connector’s own mark', () => {
    expect(onlyPost(candidate({ datedAsFetched: 'future' })).datedAsFetched).toBeUndefined();
  });
});

describe('text hygiene at the boundary', () => {
  it('shows the text of a post that starts with 500 newlines', () => {
    expect(onlyPost(candidate({ text: `${'\n'.repeat(500)}Enfin du texte` })).text).toBe('Enfin du texte');
  });

  it('strips control and override characters, keeps paragraphs and isolates', () => {
    const post = onlyPost(
      candidate(
        { text: 'a\u0000b\u0007c\r\n\r\n\r\n\r\nd \u202eesrever\u202c \u2067ok\u2069' },
        { name: 'Ca\u0008mille\n\tB' },
      ),
    );
    expect(post.text).toBe('abc\n\nd esrever \u2067ok\u2069');
    expect(post.author.name).toBe('Camille B');
  });
});
