// "Change the IT PIN": already admin here, so the current PIN is not asked; the new one twice (4–12 digits).
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { NewPinFields, useNewPin } from '../pin/NewPinFields.tsx';

export function ChangePin({ mode }: { mode: 'kiosk' | 'headless' }) {
  const { t } = useI18n();
  const state = useNewPin();
  const [changed, setChanged] = useState(false);

  return (
    <form
      className="profile__part profile__form"
      onSubmit={(e) => {
        setChanged(false);
        void state.submit(e, () => setChanged(true));
      }}
      noValidate
      data-testid="profile-pin"
      aria-labelledby={`${state.id}-title`}
    >
      <h3 id={`${state.id}-title`}>{t('settings.profile.pinTitle')}</h3>
      <p className="field__help">{t('settings.profile.pinHelp', { context: mode })}</p>
      <NewPinFields state={state} />
      <div className="profile__actions">
        <button type="submit" className="button" disabled={state.busy}>
          {state.busy ? t('settings.pin.choosing') : t('settings.profile.pinButton')}
        </button>
      </div>
      <p className="settings-note" role="status">
        {changed ? t('settings.profile.pinChanged', { context: mode }) : ''}
      </p>
    </form>
  );
}
