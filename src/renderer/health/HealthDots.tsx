// One dot per source feeding the panel, coloured by its health: IT sees at a glance which source is
// down, visitors see a small calm dot rather than an alarm.
import type { SourceHealth } from '../../shared/health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function HealthDots({ sources }: { sources: SourceHealth[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <ul className="health-dots" data-testid="health-dots">
      {sources.map((s) => {
        const label = t('sourceHealth', { id: s.sourceId, state: t(`health.${s.state}`) });
        return (
          <li
            key={s.sourceId}
            className="health-dot"
            data-state={s.state}
            data-source={s.sourceId}
            title={s.lastError ?? label}
          >
            <span className="health-dot__light" aria-hidden="true" />
            <span className="health-dot__label">{s.state === 'ok' ? s.sourceId : label}</span>
          </li>
        );
      })}
    </ul>
  );
}
