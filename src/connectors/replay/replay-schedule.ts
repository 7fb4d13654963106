// When each recorded post is played: its original offset from the pass's first post, divided by the speed,
// after the moment the pass started. Pure functions of the cursor, so a restart keeps the same schedule.
import { startReplay, type ReplayCursor } from './replay-cursor.ts';

export type ReplaySpeed = number | 'max';

/** Pause between two passes of a looped file, in recorded time. */
const LOOP_PAUSE_MS = 1000;

/** The instant (injected clock, ms) a line is due. Lines without a readable time follow the previous one. */
export function dueTime(cursor: ReplayCursor, createdAtMs: number | undefined, speed: ReplaySpeed): number {
  if (speed === 'max') return Number.NEGATIVE_INFINITY;
  if (createdAtMs === undefined || cursor.firstAt === undefined) return cursor.lastDue ?? cursor.startedAt;
  return cursor.startedAt + (createdAtMs - cursor.firstAt) / speed;
}

/** The next pass over a looped file starts a moment after the last post of this one. */
export function nextPass(cursor: ReplayCursor, now: number, speed: ReplaySpeed): ReplayCursor {
  const startedAt = speed === 'max' ? now : (cursor.lastDue ?? cursor.startedAt) + LOOP_PAUSE_MS / speed;
  return startReplay(cursor.file, startedAt, cursor.cycle + 1);
}
