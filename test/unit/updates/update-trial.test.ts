import { describe, expect, it } from 'vitest';
import {
  atStart,
  beforeInstall,
  EMPTY_JOURNAL,
  MAX_TRIAL_STARTS,
  panelsShown,
  trialFailed,
} from '../../../src/main/updates/update-trial.ts';

const t0 = Date.parse('2026-12-08T02:45:00Z');

describe('a new version on trial', () => {
  it('that shows its panels is installed, and the journal is clear again', () => {
    const installing = beforeInstall(EMPTY_JOURNAL, '1.3.2', '1.4.0', t0);
    const started = atStart(installing, '1.4.0', t0 + 60_000);
    expect(started.step).toEqual({ kind: 'trial', version: '1.4.0' });
    const shown = panelsShown(started.journal);
    expect(shown.report).toEqual({ state: 'installed', release: '1.4.0' });
    expect(shown.journal).toEqual({ failed: [] });
    expect(atStart(shown.journal, '1.4.0', t0).step).toEqual({ kind: 'none' });
  });

  it('that does not show its panels in time falls back to the previous version, reported with its reason', () => {
    const started = atStart(beforeInstall(EMPTY_JOURNAL, '1.3.2', '1.4.0', t0), '1.4.0', t0);
    const failed = trialFailed(started.journal, 'Panel "hall" did not load: ERR_FAILED.', t0 + 600_000);
    expect(failed.step).toEqual({
      kind: 'fall-back',
      to: '1.3.2',
      report: { state: 'failed', release: '1.4.0', reason: 'Panel "hall" did not load: ERR_FAILED.' },
    });
    expect(failed.journal.failed.map((f) => f.version)).toEqual(['1.4.0']);

    // The fallback installed and shown: rolled back, 1.4.0 kept as failed (never installed again here).
    const back = beforeInstall(failed.journal, '1.4.0', '1.3.2', t0 + 700_000, true);
    const onOld = atStart(back, '1.3.2', t0 + 760_000);
    expect(onOld.step).toEqual({ kind: 'trial', version: '1.3.2' });
    const shown = panelsShown(onOld.journal);
    expect(shown.report).toEqual({
      state: 'rolled-back',
      release: '1.4.0',
      reason: 'Panel "hall" did not load: ERR_FAILED.',
    });
    expect(shown.journal.failed.map((f) => f.version)).toEqual(['1.4.0']);
  });

  it('that keeps dying before its panels show is judged at its next start', () => {
    let journal = beforeInstall(EMPTY_JOURNAL, '1.3.2', '1.4.0', t0);
    for (let i = 0; i < MAX_TRIAL_STARTS; i++) {
      const started = atStart(journal, '1.4.0', t0 + i);
      expect(started.step.kind).toBe('trial');
      journal = started.journal;
    }
    const judged = atStart(journal, '1.4.0', t0 + 10);
    expect(judged.step).toMatchObject({
      kind: 'fall-back',
      to: '1.3.2',
      report: { state: 'failed', release: '1.4.0' },
    });
    expect(judged.step.kind === 'fall-back' && judged.step.report.reason).toBe(
      '1.4.0 stopped 3 times before showing its panels.',
    );
  });

  it('an install that did not take is reported failed, still on the old version, with nothing to fall back to', () => {
    const started = atStart(beforeInstall(EMPTY_JOURNAL, '1.3.2', '1.4.0', t0), '1.3.2', t0);
    expect(started.step).toEqual({
      kind: 'none',
      report: { state: 'failed', release: '1.4.0', reason: 'The installer did not start 1.4.0: 1.3.2 still runs.' },
    });
    expect(started.journal.pending).toBeUndefined();
  });
});
