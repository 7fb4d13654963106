// What every panel shares: the header (with the stream marker in its corner) and the body.
import type { ReactNode } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import type { HubLink, SourceHealth } from '../../shared/health.ts';
import type { StreamStatus } from '../api/use-wall-events.ts';
import { PanelHeader } from './PanelHeader.tsx';
import './panel.css';

interface Props {
  panel: PanelView;
  brand: Brand;
  health: SourceHealth[];
  status: StreamStatus;
  /** A store PC following a hub: its link (the header says since when it is offline). */
  link?: HubLink | undefined;
  children: ReactNode;
}

export function PanelFrame({ panel, brand, health, status, link, children }: Props) {
  return (
    <div className={`panel panel--${panel.type}`} data-testid="panel" data-panel={panel.id}>
      <PanelHeader panel={panel} brand={brand} health={health} status={status} link={link} />
      <main className="panel__body">{children}</main>
    </div>
  );
}
