// "Change the IT PIN": already admin here, so the current PIN is not asked; the new one twice (4–12 digits).
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PIN_PATTERN, postPin } from '../pin-request.ts';
import { pinMessage } from '../PinPrompt.tsx';

export function ChangePin() {
  const { t } = useI18n();
  const id = useId();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [changed, setChanged] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setChanged(false);
    if (!PIN_PATTERN.test(pin)) return setProblem(t('settings.pin.invalid'));
    if (pin !== confirm) return setProblem(t('settings.pin.mismatch'));
    setBusy(true);
    const answer = await postPin('/api/settings/pin', pin);
    setBusy(false);
    if (answer.kind === 'ok') {
      setProblem(undefined);
      setPin('');
      setConfirm('');
      setChanged(true);
      return;
    }
    setProblem(answer.kind === 'wrong' ? t('settings.pin.invalid') : pinMessage(answer, t));
  };

  const digits = (set: (v: string) => void) => (e: { target: { value: string } }) => set(e.target.value.replace(/\D/g, ''));
  return (
    <form className="profile__part profile__form" onSubmit={(e) => void submit(e)} noValidate data-testid="profile-pin" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.profile.pinTitle')}</h3>
      <p className="field__help">{t('settings.profile.pinHelp')}</p>
      <label htmlFor={`${id}-pin`} className="field__label">
        {t('settings.pin.newPin')}
      </label>
      <input
        className="input input--compact"
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={12}
        value={pin}
        onChange={digits(setPin)}
        aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem !== undefined}
      />
      <p className="field__help" id={`${id}-help`}>
        {t('settings.pin.help')}
      </p>
      <label htmlFor={`${id}-confirm`} className="field__label">
        {t('settings.pin.confirm')}
      </label>
      <input className="input input--compact" id={`${id}-confirm`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={confirm} onChange={digits(setConfirm)} />
      {problem ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      ) : null}
      <div className="profile__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('settings.pin.choosing') : t('settings.profile.pinButton')}
        </button>
      </div>
      <p className="settings-note" role="status">
        {changed ? t('settings.profile.pinChanged') : ''}
      </p>
    </form>
  );
}
