// The replay source's options.
import { z } from 'zod';

export const ReplayOptionsSchema = z.object({
  /** JSONL file of normalised posts, one Post per line; relative paths are resolved from the working directory. */
  file: z.string().min(1, 'give the path of a JSONL file'),
  /** 1 = real time, 10 = ten times faster; 'max' = everything as fast as the source is polled. */
  speed: z.union([z.number().positive(), z.literal('max')]).default(1),
  /** Move the recording to now: the first post is stamped with the moment the replay started. */
  rebaseTime: z.boolean().default(true),
  /** Start over at the end of the file (looped posts get new keys, "~1", "~2"…, so they show again). */
  loop: z.boolean().default(false),
  /** Bounds one poll, so a 'max' replay of a large file reaches the store in batches. */
  maxPerPoll: z.number().int().positive().max(100_000).default(5000),
});

export type ReplayOptions = z.output<typeof ReplayOptionsSchema>;
