// The page's state: the settings as last saved, the draft being edited, and the save — a refused one puts
// each message next to its field and moves the focus to the first of them.
import { useCallback, useEffect, useState } from 'react';
import { canonical } from '../../shared/canonical-json.ts';
import type { FieldErrorView, SettingsResponse } from '../../shared/settings-contract.ts';
import type { DraftConfig } from './draft-config.ts';
import { NO_ERRORS, toFieldErrors, type FieldErrors } from './fields/field-errors.ts';
import { putSettings } from './settings-client.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; errors: FieldErrorView[] }
  | { kind: 'failed'; message: string };

export interface SettingsEditor {
  settings: SettingsResponse;
  draft: DraftConfig;
  dirty: boolean;
  errors: FieldErrors;
  status: SaveStatus;
  setDraft: (next: DraftConfig) => void;
  discard: () => void;
  /** Saves the draft, or `config` when given (the guided setup's final one). Resolves true when applied. */
  save: (config?: DraftConfig) => Promise<boolean>;
  /**
   * Takes settings the server has already applied by another way (the logo, saved at once): they become the
   * saved state, and `carry` moves what changed into the draft so IT's other unsaved edits stay.
   */
  adopt: (applied: SettingsResponse, carry: (draft: DraftConfig, applied: DraftConfig) => DraftConfig) => void;
}

/** The first input the server refused, in page order; else the message that lists them. */
export function focusFirstError(): void {
  const first = document.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]');
  first?.focus();
}

export function useSettingsEditor(initial: SettingsResponse): SettingsEditor {
  const [settings, setSettings] = useState(initial);
  const [draft, setDraftState] = useState<DraftConfig>(initial.config);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [errorRound, setErrorRound] = useState(0);

  const setDraft = useCallback((next: DraftConfig) => {
    setDraftState(next);
    setStatus((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
  }, []);

  useEffect(() => {
    if (errorRound > 0) requestAnimationFrame(focusFirstError);
  }, [errorRound]);

  const save = useCallback(
    async (config?: DraftConfig): Promise<boolean> => {
      const sent = config ?? draft;
      setStatus({ kind: 'saving' });
      try {
        const result = await putSettings(sent);
        if (!result.ok) {
          setDraftState(sent);
          setStatus({ kind: 'refused', errors: result.errors });
          setErrorRound((n) => n + 1);
          return false;
        }
        setSettings(result.settings);
        setDraftState(result.settings.config);
        setStatus({ kind: 'saved' });
        return true;
      } catch (err) {
        setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
        return false;
      }
    },
    [draft],
  );

  const adopt = useCallback(
    (applied: SettingsResponse, carry: (draft: DraftConfig, applied: DraftConfig) => DraftConfig) => {
      setSettings(applied);
      setDraftState((current) => carry(current, applied.config));
    },
    [],
  );

  const errors = status.kind === 'refused' ? toFieldErrors(status.errors) : NO_ERRORS;
  // Key order is not a change (a field removed and put back comes last).
  const dirty = canonical(draft) !== canonical(settings.config);
  return {
    settings,
    draft,
    dirty,
    errors,
    status,
    setDraft,
    discard: () => {
      setDraftState(settings.config);
      setStatus({ kind: 'idle' });
    },
    save,
    adopt,
  };
}
