// A panel that runs for months may leak (a library, a driver, a page that keeps growing): the watchdog
// reloads a panel whose renderer stays above the configured limit for two samples in a row (one sample
// over the limit can be a burst of pictures being decoded).

export interface MemorySample {
  key: string;
  /** The renderer process's working set, in kilobytes (Electron's app.getAppMetrics()). */
  workingSetKb: number;
}

export interface MemoryVerdict {
  /** Windows to reload, with their size in MB. */
  reload: Array<{ key: string; mb: number }>;
  /** Windows over the limit once: reloaded if the next sample is over too. */
  overOnce: ReadonlySet<string>;
}

export const SAMPLES_OVER_LIMIT = 2;

export function judgeMemory(
  samples: readonly MemorySample[],
  limitMb: number,
  overBefore: ReadonlySet<string>,
): MemoryVerdict {
  const reload: MemoryVerdict['reload'] = [];
  const overOnce = new Set<string>();
  for (const { key, workingSetKb } of samples) {
    const mb = Math.round(workingSetKb / 1024);
    if (mb <= limitMb) continue;
    if (overBefore.has(key)) reload.push({ key, mb });
    else overOnce.add(key);
  }
  return { reload, overOnce };
}
