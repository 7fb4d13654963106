// A new version is on trial until it shows its panels: the journal (kept in <dataDir>/update-journal.json by
// update-journal-file.ts) remembers the install across the restart, and these pure steps say what to report
// and when to fall back to the version that ran before.
import type { UpdateReport } from '../../shared/update-contract.ts';

/** Starts of the new version without its panels shown, before it is judged failed (it keeps dying). */
export const MAX_TRIAL_STARTS = 3;
/** How long a new version may take to show its panels after a start. */
export const TRIAL_MS = 10 * 60_000;

export interface UpdateJournal {
  /** An install under way or on trial: from the version that ran, to the one installed. */
  pending?: { from: string; to: string; atMs: number; starts: number; fallback: boolean };
  /** Versions that failed on this PC, with why (never installed again). */
  failed: { version: string; reason: string; atMs: number }[];
}

export const EMPTY_JOURNAL: UpdateJournal = { failed: [] };

export type TrialStep =
  /** Nothing to do at this start (or the report to send). */
  | { kind: 'none'; report?: Omit<UpdateReport, 'version'> }
  /** Watch the panels for TRIAL_MS: shown → panelsShown; not → trialFailed. */
  | { kind: 'trial'; version: string }
  /** Install `version` again (the one that ran before) with a downgrade. */
  | { kind: 'fall-back'; to: string; report: Omit<UpdateReport, 'version'> };

/** Before handing over to the installer. */
export function beforeInstall(
  journal: UpdateJournal,
  from: string,
  to: string,
  nowMs: number,
  fallback = false,
): UpdateJournal {
  return { ...journal, pending: { from, to, atMs: nowMs, starts: 0, fallback } };
}

function fail(journal: UpdateJournal, version: string, reason: string, nowMs: number): UpdateJournal['failed'] {
  return [...journal.failed.filter((f) => f.version !== version), { version, reason, atMs: nowMs }].slice(-20);
}

/** At each start of the application. */
export function atStart(
  journal: UpdateJournal,
  running: string,
  nowMs: number,
): { journal: UpdateJournal; step: TrialStep } {
  const { pending } = journal;
  if (!pending) return { journal, step: { kind: 'none' } };
  if (pending.to !== running) {
    // The installer did not take (or the PC was switched off first): still on the old version.
    const reason = `The installer did not start ${pending.to}: ${running} still runs.`;
    const next: UpdateJournal = pending.fallback
      ? { failed: journal.failed }
      : { failed: fail(journal, pending.to, reason, nowMs) };
    return { journal: next, step: { kind: 'none', report: { state: 'failed', release: pending.to, reason } } };
  }
  if (pending.starts >= MAX_TRIAL_STARTS && !pending.fallback) {
    const reason = `${running} stopped ${pending.starts} times before showing its panels.`;
    return fallBack(journal, pending, reason, nowMs);
  }
  return {
    journal: { ...journal, pending: { ...pending, starts: pending.starts + 1 } },
    step: { kind: 'trial', version: running },
  };
}

/** Every panel of the new version showed: the trial is over. */
export function panelsShown(journal: UpdateJournal): {
  journal: UpdateJournal;
  report?: Omit<UpdateReport, 'version'>;
} {
  const { pending } = journal;
  if (!pending) return { journal };
  const report: Omit<UpdateReport, 'version'> = pending.fallback
    ? {
        state: 'rolled-back',
        release: pending.from,
        reason: journal.failed.find((f) => f.version === pending.from)?.reason ?? 'fell back',
      }
    : { state: 'installed', release: pending.to };
  return { journal: { failed: journal.failed }, report };
}

/** The new version did not show its panels within TRIAL_MS (`reason`: which panel, what it said). */
export function trialFailed(
  journal: UpdateJournal,
  reason: string,
  nowMs: number,
): { journal: UpdateJournal; step: TrialStep } {
  const { pending } = journal;
  if (!pending || pending.fallback) return { journal: { failed: journal.failed }, step: { kind: 'none' } };
  return fallBack(journal, pending, reason, nowMs);
}

function fallBack(
  journal: UpdateJournal,
  pending: NonNullable<UpdateJournal['pending']>,
  reason: string,
  nowMs: number,
): { journal: UpdateJournal; step: TrialStep } {
  return {
    journal: { failed: fail(journal, pending.to, reason, nowMs) },
    step: { kind: 'fall-back', to: pending.from, report: { state: 'failed', release: pending.to, reason } },
  };
}
