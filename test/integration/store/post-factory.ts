// Test posts, built through PostSchema so that they are exactly what a connector hands the store.
import { PostSchema, type Network, type Post, type PostInput } from '../../../src/shared/post.ts';

export interface PostOverrides extends Partial<Omit<PostInput, 'author'>> {
  author?: Partial<PostInput['author']>;
  /** Native id; the key is `${network}:${id}` unless `key` is given. */
  id?: string;
}

let counter = 0;

export function makePost(overrides: PostOverrides = {}): Post {
  counter += 1;
  const { id = `p${counter}`, author, ...rest } = overrides;
  const network: Network = rest.network ?? 'mastodon';
  return PostSchema.parse({
    key: `${network}:${id}`,
    network,
    kind: 'post',
    sourceId: 'source-a',
    author: { id: 'user-1', name: 'A Customer', isBrand: false, ...author },
    text: `Post ${id}`,
    createdAt: '2026-03-01T10:00:00.000Z',
    fetchedAt: '2026-03-01T10:00:05.000Z',
    ...rest,
  });
}

/** An ISO instant `minutes` after 2026-03-01T10:00Z (negative: before). */
export function at(minutes: number): string {
  return new Date(Date.parse('2026-03-01T10:00:00.000Z') + minutes * 60_000).toISOString();
}
