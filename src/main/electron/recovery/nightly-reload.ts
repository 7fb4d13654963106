// An optional reload of every panel at a quiet hour, in the machine's local time. Checked on the shell's
// periodic tick against a due time (not a long timer, which a suspended machine would not honour).

/** The next time the local clock reads `hour`:00 strictly after `now`. */
export function nextNightlyReload(now: Date, hour: number): Date {
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (due.getTime() <= now.getTime()) due.setDate(due.getDate() + 1);
  return due;
}

export interface NightlySchedule {
  /** Epoch ms of the next reload; undefined when the nightly reload is off. */
  dueAt: number | undefined;
}

/** Whether the reload is due at `now`, and the schedule after it. */
export function checkNightlyReload(
  schedule: NightlySchedule,
  now: Date,
  hour: number | null,
): { reloadNow: boolean; schedule: NightlySchedule } {
  if (hour === null) return { reloadNow: false, schedule: { dueAt: undefined } };
  if (schedule.dueAt === undefined)
    return { reloadNow: false, schedule: { dueAt: nextNightlyReload(now, hour).getTime() } };
  if (now.getTime() < schedule.dueAt) return { reloadNow: false, schedule };
  return { reloadNow: true, schedule: { dueAt: nextNightlyReload(now, hour).getTime() } };
}
