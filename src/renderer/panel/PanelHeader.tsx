// The top band of every panel: the brand, the panel's title, the networks shown, source health, and
// the demo badge when the posts are made up.
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import type { SourceHealth } from '../../shared/health.ts';
import { HealthDots } from '../health/HealthDots.tsx';
import { BrandMark } from './BrandMark.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import { NetworkChip } from './NetworkChip.tsx';

interface Props {
  panel: PanelView;
  brand: Brand;
  health: SourceHealth[];
}

export function PanelHeader({ panel, brand, health }: Props) {
  return (
    <header className="panel-header" data-testid="panel-header">
      <div className="panel-header__titles">
        <BrandMark brand={brand} />
        <div>
          <p className="panel-header__brand">{brand.name}</p>
          <h1 className="panel-header__title">{panel.title}</h1>
        </div>
      </div>
      <div className="panel-header__side">
        {panel.demo ? <DemoBadge /> : null}
        {panel.networks.length > 0 ? (
          <ul className="panel-header__networks" data-testid="panel-networks">
            {panel.networks.map((n) => (
              <li key={n}>
                <NetworkChip network={n} />
              </li>
            ))}
          </ul>
        ) : null}
        <HealthDots sources={health} />
      </div>
    </header>
  );
}
