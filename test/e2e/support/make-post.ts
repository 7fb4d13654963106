// Posts for tests, built through the real PostSchema: a test post the engine would refuse is a test bug.
import { randomUUID } from 'node:crypto';
import { PostSchema, type Network, type Post, type PostInput } from '../../../src/shared/post.ts';

export interface TestPostInput extends Partial<Omit<PostInput, 'author'>> {
  network?: Network;
  author?: Partial<PostInput['author']>;
}

export function makePost(input: TestPostInput = {}): Post {
  const network = input.network ?? 'facebook';
  const now = new Date().toISOString();
  const id = randomUUID().slice(0, 12);
  return PostSchema.parse({
    key: `${network}:${id}`,
    kind: 'post',
    sourceId: 'test',
    text: `Test post ${id}`,
    createdAt: now,
    fetchedAt: now,
    ...input,
    network,
    author: { id: `user-${id}`, name: 'Camille Test', handle: 'camille', isBrand: false, ...input.author },
  });
}
