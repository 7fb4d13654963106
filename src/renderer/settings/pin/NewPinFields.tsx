// The new IT PIN typed twice (4–12 digits) and saved with POST /api/settings/pin: shared by the first
// start's "Choose the IT PIN" step and the Profile section's "Change the IT PIN".
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pinMessage } from './PinPrompt.tsx';
import { PIN_PATTERN, postPin } from './pin-request.ts';
import './pin.css';

export interface NewPin {
  id: string;
  pin: string;
  confirm: string;
  busy: boolean;
  problem: string | undefined;
  setPin: (value: string) => void;
  setConfirm: (value: string) => void;
  /** Checks and saves the PIN; `onSaved` runs once the server has it. */
  submit(event: FormEvent, onSaved: () => void): Promise<void>;
}

export function useNewPin(): NewPin {
  const { t } = useI18n();
  const id = useId();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async (event: FormEvent, onSaved: () => void): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (!PIN_PATTERN.test(pin)) return setProblem(t('settings.pin.invalid'));
    if (pin !== confirm) return setProblem(t('settings.pin.mismatch'));
    setBusy(true);
    const answer = await postPin('/api/settings/pin', pin);
    setBusy(false);
    if (answer.kind !== 'ok')
      return setProblem(answer.kind === 'wrong' ? t('settings.pin.invalid') : pinMessage(answer, t));
    setProblem(undefined);
    setPin('');
    setConfirm('');
    onSaved();
  };
  return { id, pin, confirm, busy, problem, setPin, setConfirm, submit };
}

/** A new PIN's input: digits only (what is not a digit is dropped as typed), hidden, up to 12. */
function PinInput({
  onChange,
  ...props
}: {
  id: string;
  value: string;
  onChange: (pin: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  return (
    <input
      {...props}
      className="input input--compact"
      type="password"
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={12}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
    />
  );
}

/** The two fields, their help and the error, labelled for screen readers. */
export function NewPinFields({ state }: { state: NewPin }) {
  const { t } = useI18n();
  const { id, problem } = state;
  return (
    <>
      <label htmlFor={`${id}-pin`} className="field__label">
        {t('settings.pin.newPin')}
      </label>
      <PinInput
        id={`${id}-pin`}
        value={state.pin}
        onChange={state.setPin}
        aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem !== undefined}
      />
      <p className="field__help" id={`${id}-help`}>
        {t('settings.pin.help')}
      </p>
      <label htmlFor={`${id}-confirm`} className="field__label">
        {t('settings.pin.confirm')}
      </label>
      <PinInput id={`${id}-confirm`} value={state.confirm} onChange={state.setConfirm} />
      {problem ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
