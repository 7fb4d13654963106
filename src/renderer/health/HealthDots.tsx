// One dot per network feeding the panel, coloured by the health of its sources: IT sees at a glance which
// network is down, visitors see a small calm dot rather than an alarm. Networks are named as people write
// them ("Facebook", "Notre site"), never by a source's id; two sources of one network share its dot, which
// shows the worse of their states.
import type { SourceHealth, HealthState } from '../../shared/health.ts';
import type { Network } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Worse first. */
const SEVERITY: HealthState[] = ['failing', 'degraded', 'starting', 'paused', 'ok'];

interface Dot {
  label: string;
  state: HealthState;
  sources: SourceHealth[];
}

export function HealthDots({ sources, networks = [] }: { sources: SourceHealth[]; networks?: readonly Network[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  const dots = new Map<string, Dot>();
  for (const source of sources) {
    const shown = networks.length > 0 ? source.networks.filter((n) => networks.includes(n)) : source.networks;
    const label = shown.map((n) => t(`networks.${n}`)).join(' · ') || source.type;
    const dot = dots.get(label);
    if (!dot) dots.set(label, { label, state: source.state, sources: [source] });
    else {
      dot.sources.push(source);
      if (SEVERITY.indexOf(source.state) < SEVERITY.indexOf(dot.state)) dot.state = source.state;
    }
  }
  return (
    <ul className="health-dots" data-testid="health-dots">
      {[...dots.values()].map(({ label, state, sources: feeding }) => (
        <li
          key={label}
          className="health-dot"
          data-state={state}
          data-source={feeding.map((s) => s.sourceId).join(' ')}
          title={feeding.find((s) => s.lastError)?.lastError ?? label}
        >
          <span className="health-dot__light" aria-hidden="true" />
          <span className="health-dot__label">
            {state === 'ok' ? label : t('sourceHealth', { networks: label, state: t(`health.${state}`) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
