// "Export without secrets" (one click) and "Export with secrets" (sealed by a passphrase of ≥ 8 characters).
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { downloadText, exportProfile, profileFileName } from './profile-client.ts';

const MIN_PASSPHRASE = 8;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; sealed: boolean; fileName: string }
  | { kind: 'failed'; message: string };

export function ExportProfile() {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const run = async (sealed: boolean) => {
    setOutcome({ kind: 'busy' });
    try {
      const result = await exportProfile(sealed ? passphrase : undefined);
      if (!result.ok) {
        setOutcome({ kind: 'idle' });
        setProblem(result.errors.map((e) => e.message).join('; '));
        return;
      }
      const fileName = profileFileName(sealed);
      downloadText(fileName, `${JSON.stringify(result.value, null, 2)}\n`);
      setOutcome({ kind: 'done', sealed, fileName });
      if (sealed) {
        setPassphrase('');
        setConfirm('');
      }
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const sealedSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.kind === 'busy') return;
    if (passphrase.length < MIN_PASSPHRASE)
      return setProblem(t('settings.profile.passphraseShort', { count: MIN_PASSPHRASE }));
    if (passphrase !== confirm) return setProblem(t('settings.profile.passphraseMismatch'));
    setProblem(undefined);
    void run(true);
  };

  return (
    <div className="profile__part" data-testid="profile-export">
      <h3>{t('settings.profile.exportTitle')}</h3>
      <p className="field__help">{t('settings.profile.exportHelp')}</p>
      <div className="profile__actions">
        <button type="button" className="button" disabled={outcome.kind === 'busy'} onClick={() => void run(false)}>
          {t('settings.profile.exportPlain')}
        </button>
      </div>
      <form className="profile__form" onSubmit={sealedSubmit} noValidate aria-labelledby={`${id}-sealed`}>
        <h4 id={`${id}-sealed`}>{t('settings.profile.exportSealed')}</h4>
        <p className="field__help" id={`${id}-help`}>
          {t('settings.profile.exportSealedHelp', { count: MIN_PASSPHRASE })}
        </p>
        <label htmlFor={`${id}-pass`} className="field__label">
          {t('settings.profile.passphrase')}
        </label>
        <input
          className="input"
          id={`${id}-pass`}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
          aria-invalid={problem !== undefined}
        />
        <label htmlFor={`${id}-confirm`} className="field__label">
          {t('settings.profile.passphraseConfirm')}
        </label>
        <input
          className="input"
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {problem ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        ) : null}
        <div className="profile__actions">
          <button type="submit" className="button" disabled={outcome.kind === 'busy'}>
            {t('settings.profile.exportSealedButton')}
          </button>
        </div>
      </form>
      <p className="settings-note" role="status" data-testid="profile-export-status">
        {outcome.kind === 'busy' ? t('settings.profile.exporting') : null}
        {outcome.kind === 'done'
          ? t(outcome.sealed ? 'settings.profile.exportedSealed' : 'settings.profile.exportedPlain', {
              file: outcome.fileName,
            })
          : null}
        {outcome.kind === 'failed' ? (
          <span className="save-bar__bad">{t('settings.profile.failed', { message: outcome.message })}</span>
        ) : null}
      </p>
    </div>
  );
}
