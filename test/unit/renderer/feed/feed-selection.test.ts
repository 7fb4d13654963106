import { describe, expect, it } from 'vitest';
import type { Post } from '../../../../src/shared/post.ts';
import { selectFeed, type FeedSelection } from '../../../../src/renderer/feed/feed-selection.ts';
import { arrangeFeed, type FeedItem, type PostMap } from '../../../../src/renderer/feed/post-collection.ts';
import {
  decideSpotlight,
  shownSpotlight,
  SPOTLIGHT_CYCLE_MS,
  type SpotlightState,
} from '../../../../src/renderer/feed/spotlight-cycle.ts';
import { NO_COLUMNS, type ColumnMemory } from '../../../../src/renderer/feed/sticky-columns.ts';
import { makePost } from '../../../e2e/support/make-post.ts';

const LANDSCAPE = { columns: 2, spotlight: true };
const PORTRAIT = { columns: 2, spotlight: false };
const T0 = Date.parse('2026-03-02T10:00:00Z');

/** n posts, one a minute, newest first; lengths vary so the masonry has something to balance. */
function posts(n: number): Post[] {
  return Array.from({ length: n }, (_, i) =>
    makePost({
      key: `facebook:p${i}`,
      text: 'Très bon accueil. '.repeat(1 + ((i * 7) % 5)),
      createdAt: new Date(T0 - i * 60_000).toISOString(),
    }),
  );
}
const mapOf = (list: readonly Post[]): PostMap => new Map(list.map((p) => [p.key, p]));
const keysOf = (selection: FeedSelection): string[][] => selection.columns.map((c) => c.map((r) => r.item.post.key));
const columnOf = (selection: FeedSelection, key: string): number => keysOf(selection).findIndex((c) => c.includes(key));

function select(
  items: readonly FeedItem[],
  spotlightKey: string | undefined,
  memory: ColumnMemory,
  layout = LANDSCAPE,
): FeedSelection {
  return selectFeed({ items, spotlightKey, layout, perColumn: 6, memory });
}

describe('selectFeed: each post once', () => {
  const items = arrangeFeed(mapOf(posts(20)));

  it('leaves the spotlit post out of the columns and shows every other arranged post once', () => {
    const { spotlight, columns } = select(items, 'facebook:p0', NO_COLUMNS);
    expect(spotlight?.post.key).toBe('facebook:p0');
    const shown = columns.flat().map((r) => r.item.post.key);
    expect(shown).not.toContain('facebook:p0');
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.sort()).toEqual(
      items
        .slice(1, 12)
        .map((i) => i.post.key)
        .sort(),
    );
  });

  it('closes up only the spotlit post’s column: the next card of that column takes its place, the others do not move', () => {
    const plain = select(items, undefined, NO_COLUMNS);
    const column = columnOf(plain, 'facebook:p3');
    const spotlit = select(items, 'facebook:p3', plain.memory);
    const before = keysOf(plain);
    const after = keysOf(spotlit);
    expect(after[column]).toEqual(before[column]?.filter((k) => k !== 'facebook:p3'));
    for (let c = 0; c < before.length; c += 1) if (c !== column) expect(after[c]).toEqual(before[c]);
  });

  it('puts the post back in its place when the spotlight moves on, and takes the next one out', () => {
    const plain = select(items, undefined, NO_COLUMNS);
    const first = select(items, 'facebook:p0', plain.memory);
    const second = select(items, 'facebook:p1', first.memory);
    const before = keysOf(plain);
    expect(keysOf(second)).toEqual(before.map((c) => c.filter((k) => k !== 'facebook:p1')));
    expect(columnOf(second, 'facebook:p0')).toBe(columnOf(plain, 'facebook:p0'));
    expect(keysOf(second)[columnOf(plain, 'facebook:p0')]?.indexOf('facebook:p0')).toBe(
      before[columnOf(plain, 'facebook:p0')]?.indexOf('facebook:p0'),
    );
  });

  it('keeps every card in its column when a new post arrives and takes the spotlight', () => {
    const list = posts(20);
    const plain = select(arrangeFeed(mapOf(list)), 'facebook:p0', NO_COLUMNS);
    const arrival = makePost({
      key: 'instagram:new',
      network: 'instagram',
      text: 'Je suis dans le hall !',
      createdAt: new Date(T0 + 60_000).toISOString(),
    });
    const next = select(arrangeFeed(mapOf([arrival, ...list])), 'instagram:new', plain.memory);
    expect(next.spotlight?.post.key).toBe('instagram:new');
    expect(next.columns.flat().map((r) => r.item.post.key)).not.toContain('instagram:new');
    // Every card still arranged stays in its column; p0, no longer spotlit, is back.
    for (const key of next.columns.flat().map((r) => r.item.post.key)) {
      if (key !== 'facebook:p0') expect(columnOf(next, key), key).toBe(columnOf(plain, key));
    }
    expect(next.columns.flat().map((r) => r.item.post.key)).toContain('facebook:p0');
  });

  it('with no spotlight on the screen (portrait), leaves nothing out', () => {
    const { spotlight, columns } = select(items, 'facebook:p0', NO_COLUMNS, PORTRAIT);
    expect(spotlight).toBeUndefined();
    expect(columns.flat().map((r) => r.item.post.key)).toContain('facebook:p0');
  });

  it('a removed spotlit post leaves the spotlight at once, for the newest post, which then leaves the columns', () => {
    const list = posts(20);
    const plain = select(arrangeFeed(mapOf(list)), 'facebook:p2', NO_COLUMNS);
    const without = arrangeFeed(mapOf(list.filter((p) => p.key !== 'facebook:p2')));
    const key = shownSpotlight('facebook:p2', without, []);
    expect(key).toBe('facebook:p0');
    const next = select(without, key, plain.memory);
    expect(next.spotlight?.post.key).toBe('facebook:p0');
    const shown = next.columns.flat().map((r) => r.item.post.key);
    expect(shown).not.toContain('facebook:p2');
    expect(shown).not.toContain('facebook:p0');
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('an edited spotlit post stays in the spotlight, edited, and out of the columns', () => {
    const list = posts(10);
    const first = select(arrangeFeed(mapOf(list)), 'facebook:p1', NO_COLUMNS);
    const edited = list.map((p) => (p.key === 'facebook:p1' ? { ...p, text: 'Modifié' } : p));
    const next = select(arrangeFeed(mapOf(edited)), 'facebook:p1', first.memory);
    expect(next.spotlight?.post.text).toBe('Modifié');
    expect(next.columns.flat().map((r) => r.item.post.key)).not.toContain('facebook:p1');
    expect(keysOf(next)).toEqual(keysOf(first));
  });

  it('a spotlit post keeps its brand replies; a brand reply is never a card or a spotlight of its own', () => {
    const list = posts(6);
    const reply = makePost({
      key: 'facebook:reply',
      kind: 'reply',
      parentKey: 'facebook:p1',
      text: 'Merci, à bientôt !',
      createdAt: new Date(T0 + 30_000).toISOString(),
      author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
    });
    const items = arrangeFeed(mapOf([reply, ...list]));
    const selection = select(items, 'facebook:p1', NO_COLUMNS);
    expect(selection.spotlight?.brandReplies.map((r) => r.key)).toEqual(['facebook:reply']);
    const shown = selection.columns.flat().map((r) => r.item.post.key);
    expect(shown).not.toContain('facebook:reply');
    expect(shown).not.toContain('facebook:p1');
    // The reply arrived live: it does not take the spotlight (its parent's card carries it).
    expect(shownSpotlight(undefined, items, [{ key: 'facebook:reply', at: T0 }])).toBe('facebook:p0');
  });
});

describe('the spotlight cycle over the columns', () => {
  it('goes through the newest posts in turn; at each step the spotlit post is out of the columns and the previous one back in its place', () => {
    const items = arrangeFeed(mapOf(posts(20)));
    const reference = keysOf(select(items, undefined, NO_COLUMNS));
    let state: SpotlightState = { key: undefined, since: 0 };
    let memory = NO_COLUMNS;
    const seen: string[] = [];
    for (let step = 0; step < 10; step += 1) {
      state = decideSpotlight(state, items, [], T0 + step * SPOTLIGHT_CYCLE_MS);
      const key = shownSpotlight(state.key, items, []);
      if (key === undefined) throw new Error('no spotlight');
      seen.push(key);
      const selection = select(items, key, memory);
      memory = selection.memory;
      expect(keysOf(selection)).toEqual(reference.map((c) => c.filter((k) => k !== key)));
    }
    expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p0', 'p1'].map((k) => `facebook:${k}`));
  });
});
