// The settings' lock in Electron's settings window: the page opened without the admin credential (GET
// /api/settings answered 401) asks for the IT PIN, trades it for the admin cookie (POST
// /api/settings/unlock, rate limited by the server), then reloads. Keyboard first: the field has focus,
// Enter submits, the outcome is announced.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { postPin, type PinAnswer } from './pin-request.ts';
import './pin.css';

export function PinPrompt({ onUnlocked = () => window.location.reload() }: { onUnlocked?: () => void }) {
  const { t, language } = useI18n();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<PinAnswer | undefined>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The prompt speaks the PC's language (the wall's is unknown before the unlock): say so to screen readers.
    document.documentElement.lang = language;
    document.title = t('settings.pin.promptTitle');
    input.current?.focus();
  }, [t, language]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || pin === '') return;
    setBusy(true);
    const result = await postPin('/api/settings/unlock', pin);
    setBusy(false);
    if (result.kind === 'ok') return onUnlocked();
    setAnswer(result);
    setPin('');
    input.current?.focus();
  };

  const message = answer === undefined ? undefined : pinMessage(answer, t);
  return (
    <main className="settings settings-pin" id="main">
      <form
        className="settings-section settings-pin__card"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="pin-title"
        noValidate
      >
        <h1 id="pin-title">{t('settings.pin.promptTitle')}</h1>
        <p className="settings-section__intro">{t('settings.pin.promptIntro')}</p>
        <label htmlFor="it-pin" className="field__label">
          {t('settings.pin.label')}
        </label>
        <input
          className="input input--compact"
          ref={input}
          id="it-pin"
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          aria-describedby={message ? 'it-pin-help it-pin-error' : 'it-pin-help'}
          aria-invalid={answer?.kind === 'wrong' ? true : undefined}
        />
        <p className="field__help" id="it-pin-help">
          {t('settings.pin.help')}
        </p>
        {message ? (
          <p className="field__error" id="it-pin-error" role="alert">
            {message}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy || pin === ''}>
          {busy ? t('settings.pin.unlocking') : t('settings.pin.unlock')}
        </button>
      </form>
    </main>
  );
}

export function pinMessage(answer: PinAnswer, t: ReturnType<typeof useI18n>['t']): string | undefined {
  switch (answer.kind) {
    case 'ok':
      return undefined;
    case 'wrong':
      return t('settings.pin.wrong');
    case 'locked':
      return t('settings.pin.locked', { count: answer.retryAfterSeconds });
    case 'no-pin':
      return t('settings.pin.noPin');
    case 'refused':
      return t('settings.refused');
    case 'failed':
      return t('settings.pin.failed', { message: answer.message });
  }
}
