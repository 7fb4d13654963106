// The first start's "Choose the IT PIN" card: first on the settings page while no PIN exists (pinSet false),
// with the admin credential the admin URL gave; focused when it is the page's first step.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { NewPinFields, useNewPin } from './NewPinFields.tsx';

interface ChoosePinProps {
  /** What the PIN locks depends on it: the kiosk's settings window; headless, the launch address opens without it. */
  mode: 'kiosk' | 'headless';
  /** Takes the focus when drawn: the first thing IT does on this page. */
  autoFocus?: boolean;
  onChosen?: () => void;
}

export function ChoosePin({ mode, autoFocus = false, onChosen }: ChoosePinProps) {
  const { t } = useI18n();
  const state = useNewPin();
  const [chosen, setChosen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  if (chosen) {
    return (
      <p className="settings-note settings-pin__chosen" role="status">
        {t('settings.pin.chosen', { context: mode })}
      </p>
    );
  }
  return (
    <section
      className="settings-section settings-pin__choose"
      aria-labelledby={`${state.id}-title`}
      data-testid="choose-pin"
    >
      <h2 id={`${state.id}-title`} ref={heading} tabIndex={-1}>
        {t('settings.pin.chooseTitle')}
      </h2>
      <p className="settings-section__intro">{t('settings.pin.chooseIntro', { context: mode })}</p>
      <form
        className="settings-pin__form"
        onSubmit={(e) =>
          void state.submit(e, () => {
            setChosen(true);
            onChosen?.();
          })
        }
        noValidate
      >
        <NewPinFields state={state} />
        <button type="submit" className="button button--primary" disabled={state.busy}>
          {state.busy ? t('settings.pin.choosing') : t('settings.pin.choose')}
        </button>
      </form>
    </section>
  );
}
