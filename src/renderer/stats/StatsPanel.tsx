// The statistics panel: posts per network today and in total, and how many moderation hid.
import { useMemo } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useWallEvents } from '../api/use-wall-events.ts';
import { sourcesForPanel } from '../health/sources-for-panel.ts';
import { useSourceHealth } from '../health/use-source-health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PanelFrame } from '../panel/PanelFrame.tsx';
import { StatusScreen } from '../shell/StatusScreen.tsx';
import { StatRow } from './StatRow.tsx';
import { useWallStats } from './use-wall-stats.ts';
import './stats.css';

export function StatsPanel({ panel, brand }: { panel: PanelView; brand: Brand }) {
  const { messages, language } = useI18n();
  // See FeedPanel: the handler runs on events, after `stats` and `health` are defined.
  const stream = useWallEvents(panel.id, (event) => {
    stats.apply(event);
    health.apply(event);
  });
  const stats = useWallStats(stream.epoch);
  const health = useSourceHealth(stream.epoch);
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const time = useMemo(() => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }), [language]);

  const rows = useMemo(() => {
    const all = stats.stats?.perNetwork ?? [];
    // A stats panel limited to some networks shows only those; busiest first.
    const shown = panel.networks.length > 0 ? all.filter((c) => panel.networks.includes(c.network)) : all;
    return [...shown].sort((a, b) => b.total - a.total || a.network.localeCompare(b.network));
  }, [stats.stats, panel.networks]);
  const today = rows.reduce((sum, c) => sum + c.today, 0);
  const total = rows.reduce((sum, c) => sum + c.total, 0);
  const format = (n: number) => number.format(n);

  return (
    <PanelFrame panel={panel} brand={brand} health={sourcesForPanel(panel, health.sources.values())} status={stream.status}>
      {!stats.stats ? (
        <StatusScreen message={messages.loading} />
      ) : (
        <section className="stats" data-testid="stats-panel">
          {rows.length === 0 ? (
            <p className="stats__empty">{messages.statsNoData}</p>
          ) : (
            <table className="stats__table">
              <thead>
                <tr>
                  <th scope="col">{messages.statsNetwork}</th>
                  <th scope="col">{messages.statsToday}</th>
                  <th scope="col">{messages.statsTotal}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((count) => (
                  <StatRow key={count.network} count={count} format={format} />
                ))}
              </tbody>
              <tfoot>
                <tr className="stat-row stat-row--sum" data-testid="stat-all" data-today={today} data-total={total}>
                  <th scope="row">{messages.statsAllNetworks}</th>
                  <td className="stat-row__today">{format(today)}</td>
                  <td className="stat-row__total">{format(total)}</td>
                </tr>
              </tfoot>
            </table>
          )}
          <footer className="stats__footer">
            <p className="stats__hidden" data-testid="stats-hidden" data-hidden={stats.stats.hidden}>
              {messages.hiddenPosts(stats.stats.hidden)}
            </p>
            <p className="stats__updated">{messages.statsUpdated(time.format(new Date(stats.stats.generatedAt)))}</p>
          </footer>
        </section>
      )}
    </PanelFrame>
  );
}
