// A main process that keeps dying before it can say why — Chromium quits the whole app when "the GPU
// process isn't usable", a driver can crash it natively — would have its supervisor restart it into the
// same death until it gives up. So the kiosk keeps a run journal (<dataDir>/run-journal.json): it notes
// when it starts and clears the note when it stops on purpose; a note found at start is a run that died.
// After MAX_ABRUPT_DEATHS such deaths within the window, the next start goes without hardware acceleration
// (gpu-fallback-flag.ts, kept until IT deletes gpu-disabled.json): the panels then render in software.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_ABRUPT_DEATHS = 3;
export const ABRUPT_WINDOW_MS = 10 * 60_000;

export interface RunJournal {
  /** Set while the kiosk runs; still set at the next start when the run died. */
  runningSince?: number;
  /** When the recent abrupt deaths were found (epoch ms). */
  abruptDeaths: number[];
}

/** At start: counts the previous run if it died, and says whether to turn the GPU off now. */
export function journalAtStart(
  journal: RunJournal,
  now: number,
  hardwareAcceleration: boolean,
): { journal: RunJournal; turnGpuOff?: string } {
  const died = journal.runningSince !== undefined;
  const abruptDeaths = [...journal.abruptDeaths.filter((t) => now - t < ABRUPT_WINDOW_MS), ...(died ? [now] : [])];
  const next = { runningSince: now, abruptDeaths };
  if (!died || !hardwareAcceleration || abruptDeaths.length < MAX_ABRUPT_DEATHS) return { journal: next };
  return {
    journal: { runningSince: now, abruptDeaths: [] },
    turnGpuOff: `the wall died ${abruptDeaths.length} times in ${ABRUPT_WINDOW_MS / 60_000} min without stopping (Chromium quits when the GPU is not usable)`,
  };
}

export interface RunJournalFile {
  read(): RunJournal;
  /** Never throws: a journal that cannot be written (a full disk) must not stop the wall. */
  write(journal: RunJournal): void;
}

export function runJournalFile(dataDir: string): RunJournalFile {
  const path = join(dataDir, 'run-journal.json');
  return {
    read() {
      try {
        const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<RunJournal>;
        const deaths = Array.isArray(parsed.abruptDeaths) ? parsed.abruptDeaths.filter(Number.isFinite) : [];
        return {
          abruptDeaths: deaths,
          ...(typeof parsed.runningSince === 'number' ? { runningSince: parsed.runningSince } : {}),
        };
      } catch {
        return { abruptDeaths: [] }; // none yet, or unreadable: nothing to count
      }
    },
    write(journal) {
      try {
        const temporary = `${path}.tmp-${process.pid}`;
        writeFileSync(temporary, JSON.stringify(journal) + '\n');
        renameSync(temporary, path);
      } catch {
        // The next start counts one death too few or too many: nothing worse.
      }
    },
  };
}
