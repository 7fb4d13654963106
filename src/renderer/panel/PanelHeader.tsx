// The top band of every panel: the brand (its uploaded logo, else its monogram), the panel's title, the
// networks shown, source health, the demo badge when the posts are made up, the stream marker (in the
// header, so that it never covers a post), a database that cannot store new posts, and on a store PC the link
// to its hub.
import { useState } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import type { HubLink, SourceHealth } from '../../shared/health.ts';
import type { StreamStatus } from '../api/use-wall-events.ts';
import { HealthDots } from '../health/HealthDots.tsx';
import { HubLinkNote } from '../health/HubLinkNote.tsx';
import { StorageNote } from '../health/StorageNote.tsx';
import { BrandMark } from './BrandMark.tsx';
import { DemoBadge } from './DemoBadge.tsx';
import { NetworkChip } from './NetworkChip.tsx';
import { StreamStatusMarker } from './StreamStatusMarker.tsx';
import './brand-logo.css';

interface Props {
  panel: PanelView;
  brand: Brand;
  health: SourceHealth[];
  status: StreamStatus;
  link?: HubLink | undefined;
}

export function PanelHeader({ panel, brand, health, status, link }: Props) {
  return (
    <header className="panel-header" data-testid="panel-header">
      <div className="panel-header__titles">
        <BrandLogo brand={brand} />
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
        <StorageNote sources={health} />
        <HubLinkNote link={link}>
          <HealthDots sources={health} networks={panel.networks} />
        </HubLinkNote>
        <StreamStatusMarker status={status} />
      </div>
    </header>
  );
}

/**
 * The logo by its content-hash name (cached for good; a new logo has a new name, which the `panels` event
 * brings without a reload). A logo that cannot load (removed meanwhile) falls back to the monogram. Its
 * text is empty, like the monogram's: the brand's name is written beside it.
 */
function BrandLogo({ brand }: { brand: Brand }) {
  const [failed, setFailed] = useState<string | undefined>(undefined);
  if (!brand.logo || failed === brand.logo) return <BrandMark brand={brand} />;
  const logo = brand.logo;
  return (
    <img
      className="brand-logo"
      data-testid="brand-logo"
      src={`/brand/${encodeURIComponent(logo)}`}
      alt=""
      onError={() => setFailed(logo)}
    />
  );
}
