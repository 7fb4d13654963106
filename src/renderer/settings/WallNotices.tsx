// What the wall wants IT to know (a configuration or database moved aside, secrets lost…), in the page's
// language, above every view.
import type { WallNotice } from '../../shared/health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { noticeText } from './notice-text.ts';

export function WallNotices({ notices }: { notices: readonly WallNotice[] }) {
  const { t, language } = useI18n();
  if (!notices.length) return null;
  return (
    <section className="settings-notices" aria-label={t('settings.notices')}>
      {notices.map((n) => (
        <p key={`${n.at}-${n.message}`} className={`settings-notice settings-notice--${n.level}`} data-notice={n.code}>
          {noticeText(n, t, language)}
        </p>
      ))}
    </section>
  );
}
