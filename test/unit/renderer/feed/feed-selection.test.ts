import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../src/shared/post.ts';
import { selectFeed } from '../../../../src/renderer/feed/feed-selection.ts';
import { arrangeFeed } from '../../../../src/renderer/feed/post-collection.ts';
import { layoutFor } from '../../../../src/renderer/feed/feed-layout.ts';
import { makePost } from '../../../e2e/support/make-post.ts';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const posts = (n: number): Post[] =>
  Array.from({ length: n }, (_, i) =>
    makePost({ key: `facebook:p${i}`, createdAt: new Date(T0 - i * 60_000).toISOString() }),
  );
const items = arrangeFeed(new Map(posts(20).map((p) => [p.key, p])));
const keys = (list: { post: Post }[]) => list.map((i) => i.post.key);
const spot = (key: string, waiting: string[] = []) => ({ spotlightKey: key, waiting: new Set(waiting) });

describe('selectFeed: the spotlight and a few cards, each post once', () => {
  const hall = layoutFor(1920, 1080, 'hall');

  it('shows the spotlit post large and the four newest others as cards', () => {
    const { spotlight, cards } = selectFeed(items, spot('facebook:p0'), hall);
    expect(spotlight?.post.key).toBe('facebook:p0');
    expect(keys(cards)).toEqual(['facebook:p1', 'facebook:p2', 'facebook:p3', 'facebook:p4']);
  });

  it('puts a post back in its place among the cards when the spotlight moves on', () => {
    const during = selectFeed(items, spot('facebook:p2'), hall);
    expect(keys(during.cards)).toEqual(['facebook:p0', 'facebook:p1', 'facebook:p3', 'facebook:p4']);
    const after = selectFeed(items, spot('facebook:p9'), hall);
    expect(keys(after.cards)).toEqual(['facebook:p0', 'facebook:p1', 'facebook:p2', 'facebook:p3']);
  });

  it('does not draw the posts waiting to come on screen', () => {
    const { cards } = selectFeed(items, spot('facebook:p3', ['facebook:p0', 'facebook:p1']), hall);
    expect(keys(cards)).toEqual(['facebook:p2', 'facebook:p4', 'facebook:p5', 'facebook:p6']);
  });

  it('has no spotlight in a narrow window, and eight cards on a near panel', () => {
    const narrow = selectFeed(items, spot('facebook:p0'), layoutFor(640, 1080, 'hall'));
    expect(narrow.spotlight).toBeUndefined();
    expect(keys(narrow.cards)[0]).toBe('facebook:p0');
    expect(selectFeed(items, spot('facebook:p0'), layoutFor(1920, 1080, 'near')).cards).toHaveLength(8);
  });
});

describe('layoutFor', () => {
  it('names the shape: landscape beside, portrait above, narrow without spotlight', () => {
    expect(layoutFor(1920, 1080, 'hall')).toMatchObject({ shape: 'landscape', spotlight: true, cards: 4 });
    expect(layoutFor(3840, 2160, 'hall')).toMatchObject({ shape: 'landscape', cards: 4 });
    expect(layoutFor(1080, 1920, 'hall')).toMatchObject({ shape: 'portrait', spotlight: true, cards: 4 });
    expect(layoutFor(640, 1080, 'hall')).toMatchObject({ shape: 'narrow', spotlight: false });
  });
});
