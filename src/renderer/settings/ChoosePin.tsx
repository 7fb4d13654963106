// The first start's "Choose the IT PIN" step: shown above the settings while no PIN exists (pinSet false),
// with the admin credential the admin URL gave. POST /api/settings/pin; once saved, the settings window
// asks for it each time it opens.
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { pinMessage } from './PinPrompt.tsx';
import { PIN_PATTERN, postPin, type PinAnswer } from './pin-request.ts';

export function ChoosePin() {
  const { t } = useI18n();
  const id = useId();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [chosen, setChosen] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!PIN_PATTERN.test(pin)) return setProblem(t('settings.pin.invalid'));
    if (pin !== confirm) return setProblem(t('settings.pin.mismatch'));
    setBusy(true);
    const answer: PinAnswer = await postPin('/api/settings/pin', pin);
    setBusy(false);
    if (answer.kind === 'ok') {
      setChosen(true);
      setProblem(undefined);
      return;
    }
    setProblem(answer.kind === 'wrong' ? t('settings.pin.invalid') : pinMessage(answer, t));
  };

  if (chosen) {
    return (
      <p className="settings-note settings-pin__chosen" role="status">
        {t('settings.pin.chosen')}
      </p>
    );
  }
  const digits = (set: (v: string) => void) => (e: { target: { value: string } }) => set(e.target.value.replace(/\D/g, ''));
  return (
    <section className="settings-section settings-pin__choose" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.pin.chooseTitle')}</h2>
      <p className="settings-section__intro">{t('settings.pin.chooseIntro')}</p>
      <form className="settings-pin__form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-pin`} className="field__label">
          {t('settings.pin.newPin')}
        </label>
        <input className="input input--compact" id={`${id}-pin`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={pin} onChange={digits(setPin)} aria-describedby={`${id}-help`} />
        <p className="field__help" id={`${id}-help`}>
          {t('settings.pin.help')}
        </p>
        <label htmlFor={`${id}-confirm`} className="field__label">
          {t('settings.pin.confirm')}
        </label>
        <input className="input input--compact" id={`${id}-confirm`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={confirm} onChange={digits(setConfirm)} aria-describedby={problem ? `${id}-error` : undefined} />
        {problem ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('settings.pin.choosing') : t('settings.pin.choose')}
        </button>
      </form>
    </section>
  );
}
