// The ingest pipeline sizes its chunks by time (issue 14, finding 9): the event loop turns about every 8 ms
// of ingest work, whether the code is cold, the machine slow or the posts long.
import { describe, expect, it } from 'vitest';
import { nextChunkSize } from '../../../src/main/engine/ingest-pipeline.ts';

describe('nextChunkSize', () => {
  it('scales the chunk to the budget: a slow chunk makes the next one smaller at once', () => {
    expect(nextChunkSize(100, 40)).toBe(20);
    expect(nextChunkSize(100, 8)).toBe(100);
    expect(nextChunkSize(25, 200)).toBe(5);
  });

  it('grows at most twofold at a time, up to 500, and never under 5', () => {
    expect(nextChunkSize(25, 1)).toBe(50);
    expect(nextChunkSize(400, 0)).toBe(500);
    expect(nextChunkSize(5, 10_000)).toBe(5);
  });
});
