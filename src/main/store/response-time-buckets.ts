// Response times kept as a histogram (migration 010: response_time_hourly), so that the median and the 90th
// percentile over a week read a few hundred rows, not every answered post. A bucket is named by its lower bound in
// seconds; its width grows with the time, so the error stays small beside the figure: to the minute under an hour,
// 5 minutes under 4 hours, 30 minutes under a day, 6 hours under a week, a day beyond. Within a bucket the times
// are taken as spread evenly (linear interpolation).

interface Band {
  /** Times below this (seconds)… */
  below: number;
  /** …fall in buckets this wide (seconds). */
  width: number;
}

const BANDS: readonly Band[] = [
  { below: 3_600, width: 60 },
  { below: 4 * 3_600, width: 300 },
  { below: 24 * 3_600, width: 1_800 },
  { below: 7 * 86_400, width: 6 * 3_600 },
  { below: Number.POSITIVE_INFINITY, width: 86_400 },
];

/** The SQL expression of a bucket's lower bound for a response time in milliseconds (an integer expression). */
export const RESPONSE_BUCKET_SQL = (ms: string): string =>
  `(CASE ${BANDS.filter((b) => Number.isFinite(b.below))
    .map((b) => `WHEN (${ms}) / 1000 < ${b.below} THEN (${ms}) / 1000 / ${b.width} * ${b.width}`)
    .join(' ')} ELSE (${ms}) / 1000 / 86400 * 86400 END)`;

/** The bucket of a response time in seconds (as the SQL computes it). */
export function bucketOf(seconds: number): number {
  const s = Math.max(0, Math.floor(seconds));
  const band = BANDS.find((b) => s < b.below) ?? { width: 86_400 };
  return Math.floor(s / band.width) * band.width;
}

export function bucketWidth(lower: number): number {
  return (BANDS.find((b) => lower < b.below) ?? { width: 86_400 }).width;
}

export interface ResponseHistogram {
  /** Bucket lower bound (seconds) → answers. */
  readonly counts: ReadonlyMap<number, number>;
}

export interface ResponseFigures {
  answered: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Share answered within `targetSeconds`; null when none was answered. */
  withinTarget: number | null;
}

export function responseFigures(counts: ReadonlyMap<number, number>, targetSeconds: number): ResponseFigures {
  const buckets = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const answered = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (answered === 0) return { answered, medianSeconds: null, p90Seconds: null, withinTarget: null };
  let within = 0;
  for (const [lower, n] of buckets) {
    const upper = lower + bucketWidth(lower);
    if (upper <= targetSeconds) within += n;
    else if (lower < targetSeconds) within += (n * (targetSeconds - lower)) / (upper - lower);
  }
  return {
    answered,
    medianSeconds: Math.round(quantile(buckets, answered, 0.5)),
    p90Seconds: Math.round(quantile(buckets, answered, 0.9)),
    withinTarget: within / answered,
  };
}

/** The q-quantile of the histogram, interpolated within its bucket. */
function quantile(buckets: readonly [number, number][], total: number, q: number): number {
  const rank = q * total;
  let seen = 0;
  for (const [lower, n] of buckets) {
    // The answers of a bucket are taken as spread evenly, each at the middle of its share of the bucket.
    if (seen + n >= rank) return lower + (Math.max(0, rank - seen - 0.5) / n) * bucketWidth(lower);
    seen += n;
  }
  const [lower = 0] = buckets.at(-1) ?? [];
  return lower + bucketWidth(lower);
}
