// "Import": a profile file (JSON) and, for one exported with secrets, its passphrase — or a wall's config.json,
// which the page names as such when it is chosen (its secrets open only on the PC that wrote it). The wall
// validates it whole: a refusal lists every field with its message and says nothing changed; once applied, the
// page reloads to show the imported settings (and says so).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { importedKind } from '../../../shared/imported-file.ts';
import type { FieldErrorView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { IMPORTED_FLAG, importProfile } from './profile-client.ts';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'applied' }
  | { kind: 'refused'; errors: FieldErrorView[] }
  | { kind: 'unreadable' }
  | { kind: 'failed'; message: string };

const WHOLE_FILE = ['profile', '(body)'];

function sealedSecrets(profile: unknown): boolean {
  return typeof profile === 'object' && profile !== null && (profile as { secrets?: unknown }).secrets === 'passphrase';
}

export function ImportProfile() {
  const { t } = useI18n();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [profile, setProfile] = useState<unknown>(undefined);
  const [fileName, setFileName] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  // After the reload that follows an import, say it was applied.
  useEffect(() => {
    if (sessionStorage.getItem(IMPORTED_FLAG) === null) return;
    sessionStorage.removeItem(IMPORTED_FLAG);
    setOutcome({ kind: 'applied' });
    document.getElementById('profile')?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    if (outcome.kind === 'refused' || outcome.kind === 'unreadable') resultRef.current?.focus();
  }, [outcome]);

  const readFile = async (file: File | undefined) => {
    setOutcome({ kind: 'idle' });
    setProfile(undefined);
    setFileName(file?.name);
    if (!file) return;
    try {
      setProfile(JSON.parse(await file.text()) as unknown);
    } catch {
      setOutcome({ kind: 'unreadable' });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (outcome.kind === 'busy') return;
    if (profile === undefined) {
      setOutcome({ kind: 'unreadable' });
      return;
    }
    setOutcome({ kind: 'busy' });
    try {
      const result = await importProfile(profile, passphrase || undefined);
      if (!result.ok) {
        setOutcome({ kind: 'refused', errors: result.errors });
        return;
      }
      setOutcome({ kind: 'applied' });
      sessionStorage.setItem(IMPORTED_FLAG, '1');
      window.location.reload();
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const sealed = sealedSecrets(profile);
  const kind = profile === undefined ? undefined : importedKind(profile);
  return (
    <form
      className="profile__part profile__form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="profile-import"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('settings.profile.importTitle')}</h3>
      <p className="field__help">{t('settings.profile.importHelp')}</p>
      <label htmlFor={`${id}-file`} className="field__label">
        {t('settings.profile.importFile')}
      </label>
      <input
        ref={fileInput}
        className="input profile__file"
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={(e) => void readFile(e.target.files?.[0])}
        aria-describedby={`${id}-file-help`}
      />
      <p className="field__help" id={`${id}-file-help`} data-testid="profile-import-kind">
        {kind === 'config'
          ? t('settings.profile.configFile')
          : kind === 'unknown'
            ? t('settings.profile.notAProfile')
            : t('settings.profile.importFileHelp')}
      </p>
      <label htmlFor={`${id}-pass`} className="field__label">
        {t('settings.profile.importPassphrase')}
      </label>
      <input
        className="input"
        id={`${id}-pass`}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        aria-describedby={`${id}-pass-help`}
      />
      <p className="field__help" id={`${id}-pass-help`}>
        {sealed ? t('settings.profile.importPassphraseNeeded') : t('settings.profile.importPassphraseHelp')}
      </p>
      <div className="profile__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={outcome.kind === 'busy' || fileName === undefined}
        >
          {outcome.kind === 'busy' ? t('settings.profile.importing') : t('settings.profile.importButton')}
        </button>
      </div>
      <div
        className="profile__result"
        role="status"
        aria-live="polite"
        tabIndex={-1}
        ref={resultRef}
        data-testid="profile-import-status"
      >
        {outcome.kind === 'applied' ? (
          <p>
            <strong className="save-bar__ok">{t('settings.saved')}</strong>{' '}
            <span className="save-bar__detail">{t('settings.profile.imported')}</span>
          </p>
        ) : null}
        {outcome.kind === 'unreadable' ? <p className="field__error">{t('settings.profile.unreadable')}</p> : null}
        {outcome.kind === 'failed' ? (
          <p className="field__error">
            {t('settings.profile.failed', { message: outcome.message })} {t('settings.profile.nothingChanged')}
          </p>
        ) : null}
        {outcome.kind === 'refused' ? (
          <>
            <p className="save-bar__bad">
              {t('settings.profile.refused', { count: outcome.errors.length })}{' '}
              <strong>{t('settings.profile.nothingChanged')}</strong>
            </p>
            <ul className="profile__errors" data-testid="profile-import-errors">
              {outcome.errors.map((e) => (
                <li key={`${e.field}:${e.message}`}>
                  {/* A refusal of the whole file names no field. */}
                  {WHOLE_FILE.includes(e.field) ? null : (
                    <>
                      <code translate="no">{e.field}</code> —{' '}
                    </>
                  )}
                  {e.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </form>
  );
}
