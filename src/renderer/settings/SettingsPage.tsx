// The full settings page: Sources, Panels (and screens), Branding & language, Moderation (transparency first); one
// Save for all of them. Then Profile (export, import, the IT PIN), outside the form: its actions apply at once.
import { useI18n } from '../i18n/i18n-context.tsx';
import { BrandingSection } from './branding/BrandingSection.tsx';
import { ModerationSection } from './moderation/ModerationSection.tsx';
import { noticeText } from './notice-text.ts';
import { PanelsSection } from './panels/PanelsSection.tsx';
import { ProfileSection } from './profile/ProfileSection.tsx';
import { SaveBar } from './SaveBar.tsx';
import { SettingsHeader } from './SettingsHeader.tsx';
import { SourcesSection } from './sources/SourcesSection.tsx';
import type { SettingsEditor } from './use-settings-editor.ts';
import { useSourceHealthPoll } from './sources/use-source-health.ts';

export function SettingsPage({ editor }: { editor: SettingsEditor }) {
  const { t, language } = useI18n();
  const health = useSourceHealthPoll();
  const { settings, draft, errors, setDraft } = editor;
  const sections = ['sources', 'panels', 'branding', 'moderation', 'profile'] as const;
  return (
    <div className="settings" data-testid="settings-page">
      <a className="skip-link" href="#settings-main">
        {t('settings.skipToContent')}
      </a>
      <SettingsHeader brandName={settings.config.brand.name} />
      <div className="settings__body">
        <nav className="settings__nav" aria-label={t('settings.nav.label')}>
          <ul>
            {sections.map((s) => (
              <li key={s}>
                <a href={`#${s}`}>{t(`settings.nav.${s}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings__content">
          <form
            id="settings-main"
            className="settings__main"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void editor.save();
            }}
          >
            {settings.notices.length ? (
              <section className="settings-notices" aria-label={t('settings.notices')}>
                {settings.notices.map((n) => (
                  <p
                    key={`${n.at}-${n.message}`}
                    className={`settings-notice settings-notice--${n.level}`}
                    data-notice={n.code}
                  >
                    {noticeText(n, t, language)}
                  </p>
                ))}
              </section>
            ) : null}
            <SourcesSection
              draft={draft}
              saved={settings.config}
              connectors={settings.connectors}
              health={health}
              errors={errors}
              onChange={setDraft}
            />
            <PanelsSection
              draft={draft}
              errors={errors}
              onChange={setDraft}
              canIdentifyScreens={settings.canIdentifyScreens}
            />
            <BrandingSection draft={draft} errors={errors} onChange={setDraft} onApplied={editor.adopt} />
            <ModerationSection draft={draft} errors={errors} onChange={setDraft} />
            <p className="settings-note">{t('settings.secretStorage', { note: settings.secretStorage.note })}</p>
            <SaveBar status={editor.status} dirty={editor.dirty} onDiscard={editor.discard} />
          </form>
          <ProfileSection />
        </div>
      </div>
    </div>
  );
}
