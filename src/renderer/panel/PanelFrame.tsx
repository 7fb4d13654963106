// What every panel shares: the header, the body, the stream marker. The full wall design grows here.
import type { ReactNode } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import type { SourceHealth } from '../../shared/health.ts';
import type { StreamStatus } from '../api/use-wall-events.ts';
import { StreamStatusMarker } from './StreamStatusMarker.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import './panel.css';

interface Props {
  panel: PanelView;
  brand: Brand;
  health: SourceHealth[];
  status: StreamStatus;
  children: ReactNode;
}

export function PanelFrame({ panel, brand, health, status, children }: Props) {
  return (
    <div className={`panel panel--${panel.type}`} data-testid="panel" data-panel={panel.id}>
      <PanelHeader panel={panel} brand={brand} health={health} />
      <main className="panel__body">{children}</main>
      <StreamStatusMarker status={status} />
    </div>
  );
}
