// Says so when the panel shows made-up posts: nobody must take demo data for real customers.
import { useI18n } from '../i18n/i18n-context.tsx';

export function DemoBadge() {
  const { t } = useI18n();
  return (
    <span className="demo-badge" data-testid="demo-badge">
      {t('demoBadge')}
    </span>
  );
}
