// The first start's "Choose the IT PIN" step: shown above the settings while no PIN exists (pinSet false),
// with the admin credential the admin URL gave. Once saved, the settings window asks for it each time it opens.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { NewPinFields, useNewPin } from './NewPinFields.tsx';

export function ChoosePin() {
  const { t } = useI18n();
  const state = useNewPin();
  const [chosen, setChosen] = useState(false);

  if (chosen) {
    return (
      <p className="settings-note settings-pin__chosen" role="status">
        {t('settings.pin.chosen')}
      </p>
    );
  }
  return (
    <section className="settings-section settings-pin__choose" aria-labelledby={`${state.id}-title`}>
      <h2 id={`${state.id}-title`}>{t('settings.pin.chooseTitle')}</h2>
      <p className="settings-section__intro">{t('settings.pin.chooseIntro')}</p>
      <form className="settings-pin__form" onSubmit={(e) => void state.submit(e, () => setChosen(true))} noValidate>
        <NewPinFields state={state} />
        <button type="submit" className="button button--primary" disabled={state.busy}>
          {state.busy ? t('settings.pin.choosing') : t('settings.pin.choose')}
        </button>
      </form>
    </section>
  );
}
