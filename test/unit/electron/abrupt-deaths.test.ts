// A main process that keeps dying before it can say why: the run journal counts the deaths, and the third
// within ten minutes turns the GPU off for the next start (the panels render in software).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalAtStart, runJournalFile } from '../../../src/main/electron/recovery/abrupt-deaths.ts';

const MIN = 60_000;

describe('the run journal', () => {
  it('counts a run whose note is still there at the next start as a death, and a clean one not', () => {
    expect(journalAtStart({ abruptDeaths: [] }, 1_000, true)).toEqual({
      journal: { runningSince: 1_000, abruptDeaths: [] },
    });
    expect(journalAtStart({ runningSince: 500, abruptDeaths: [] }, 1_000, true)).toEqual({
      journal: { runningSince: 1_000, abruptDeaths: [1_000] },
    });
  });

  it('turns the GPU off at the third death within 10 minutes, once, and forgets older deaths', () => {
    const third = journalAtStart({ runningSince: 0, abruptDeaths: [1 * MIN, 2 * MIN] }, 3 * MIN, true);
    expect(third.turnGpuOff).toMatch(/^the wall died 3 times in 10 min without stopping/);
    expect(third.journal.abruptDeaths).toEqual([]);
    expect(journalAtStart({ runningSince: 0, abruptDeaths: [1 * MIN, 2 * MIN] }, 3 * MIN, false).turnGpuOff).toBe(
      undefined,
    ); // already off: nothing more to turn off
    expect(journalAtStart({ runningSince: 0, abruptDeaths: [0, 1 * MIN] }, 12 * MIN, true)).toEqual({
      journal: { runningSince: 12 * MIN, abruptDeaths: [12 * MIN] },
    });
  });

  it('reads a missing or damaged journal as empty, and writes through a rename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    const file = runJournalFile(dir);
    expect(file.read()).toEqual({ abruptDeaths: [] });
    file.write({ runningSince: 5, abruptDeaths: [1, 2] });
    expect(file.read()).toEqual({ runningSince: 5, abruptDeaths: [1, 2] });
    writeFileSync(join(dir, 'run-journal.json'), '{ not json');
    expect(file.read()).toEqual({ abruptDeaths: [] });
    expect(() => runJournalFile(join(dir, 'no', 'such', 'folder')).write({ abruptDeaths: [] })).not.toThrow();
  });
});
