// Profile: export the settings (secrets left out, or sealed by a passphrase) to set up another store PC the
// same way, import such a profile (validated whole by the wall: nothing changes on a refusal), and change the
// IT PIN. Outside the page's Save: each action applies at once. It sits outside the page's <form> (its own
// forms may not nest in it).
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ChangePin } from './ChangePin.tsx';
import { ExportProfile } from './ExportProfile.tsx';
import { ImportProfile } from './ImportProfile.tsx';
import './profile.css';

export function ProfileSection({ mode }: { mode: 'kiosk' | 'headless' }) {
  const { t } = useI18n();
  return (
    <section
      className="settings-section profile"
      aria-labelledby="section-profile"
      id="profile"
      data-testid="profile-section"
    >
      <h2 id="section-profile">{t('settings.profile.title')}</h2>
      <p className="settings-section__intro">{t('settings.profile.intro')}</p>
      <div className="profile__parts">
        <ExportProfile />
        <ImportProfile />
        <ChangePin mode={mode} />
      </div>
    </section>
  );
}
