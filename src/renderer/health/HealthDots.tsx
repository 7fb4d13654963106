// One dot per source feeding the panel, coloured by its health: IT sees at a glance which source is down.
import type { SourceHealth } from '../../shared/health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function HealthDots({ sources }: { sources: SourceHealth[] }) {
  const { messages } = useI18n();
  if (sources.length === 0) return null;
  return (
    <ul className="health-dots" data-testid="health-dots">
      {sources.map((s) => {
        const label = messages.sourceHealth(s.sourceId, messages.health[s.state]);
        return (
          <li key={s.sourceId} className="health-dot" data-state={s.state} data-source={s.sourceId} title={s.lastError ?? label}>
            <span className="health-dot__light" aria-hidden="true" />
            <span className="health-dot__label">{s.sourceId}</span>
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
