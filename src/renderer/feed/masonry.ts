// Cards in columns without gaps: each goes to the column that is shortest so far, by an estimate of
// its height in text lines (no measuring, so no layout pass and no jumps). Newest first, so the top
// row holds the newest posts and each column reads downwards in time.
import type { FeedItem } from './post-collection.ts';
import { firstPicture } from './safe-image-url.ts';

/** Characters per line in a card at the wall's font size (a third of a landscape screen). */
const CHARS_PER_LINE = 42;
const TEXT_LINES_MAX = 6;
const REPLY_LINES_MAX = 4;
const IMAGE_LINES = 8;

const textLines = (text: string, max: number): number =>
  Math.min(max, Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)));

export function estimateLines(item: FeedItem): number {
  const { post, brandReplies } = item;
  let lines = 2.5 + textLines(post.text, TEXT_LINES_MAX);
  if (post.rating !== undefined) lines += 1;
  if (!post.sensitive && firstPicture(post)) lines += IMAGE_LINES;
  for (const reply of brandReplies) lines += 2 + textLines(reply.text, REPLY_LINES_MAX);
  return lines;
}

export function distribute<T>(items: readonly T[], columns: number, weight: (item: T) => number): T[][] {
  const count = Math.max(1, Math.floor(columns));
  const out: T[][] = Array.from({ length: count }, () => []);
  const heights = new Array<number>(count).fill(0);
  for (const item of items) {
    let target = 0;
    for (let c = 1; c < count; c += 1) if ((heights[c] ?? 0) < (heights[target] ?? 0)) target = c;
    out[target]?.push(item);
    heights[target] = (heights[target] ?? 0) + weight(item) + 1;
  }
  return out;
}
