// Moderation is off by default, and the page says why: deleting critics is what customers punish most.
import { useI18n } from '../../i18n/i18n-context.tsx';

export function TransparencyNote() {
  const { t } = useI18n();
  return (
    <section
      className="settings-section settings-section--note"
      aria-labelledby="section-transparency"
      id="transparency"
    >
      <h2 id="section-transparency">{t('settings.transparency.title')}</h2>
      <p className="transparency__off">{t('settings.transparency.off')}</p>
      <p>{t('settings.transparency.why')}</p>
      <p className="settings-note">{t('settings.transparency.later')}</p>
    </section>
  );
}
