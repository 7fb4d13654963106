// The page's header: what this window is, for which brand.
import { useI18n } from '../i18n/i18n-context.tsx';

export function SettingsHeader({ brandName, subtitle }: { brandName: string; subtitle?: string }) {
  const { t } = useI18n();
  return (
    <header className="settings__header">
      <h1>
        {t('settings.pageTitle')}{' '}
        <span className="settings__brand">
          · <span translate="no">{brandName}</span>
        </span>
      </h1>
      {subtitle ? <p className="settings__subtitle">{subtitle}</p> : null}
    </header>
  );
}
