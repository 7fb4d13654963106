// The demo's high-water mark: "<ms>" once steady, "<ms>/<floor ms>" while replies to posts older than the
// first sync (never emitted) could still come due; those replies are skipped, not shown without a post.

export interface DemoCursor {
  highWater: number;
  /** Replies whose post was created at or before this instant are not emitted. */
  parentFloor?: number;
}

const CURSOR = /^(-?\d+)(?:\/(-?\d+))?$/;

/** Undefined for no cursor or one this connector did not write (then it starts over, like a first sync). */
export function parseDemoCursor(cursor: string | undefined): DemoCursor | undefined {
  const m = cursor === undefined ? null : CURSOR.exec(cursor);
  if (!m) return undefined;
  const parsed: DemoCursor = { highWater: Number(m[1]) };
  if (m[2] !== undefined) parsed.parentFloor = Number(m[2]);
  return parsed;
}

export function formatDemoCursor(cursor: DemoCursor): string {
  return cursor.parentFloor === undefined ? String(cursor.highWater) : `${cursor.highWater}/${cursor.parentFloor}`;
}
