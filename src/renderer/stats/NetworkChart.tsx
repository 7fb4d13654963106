// Posts per network today: a bar per network in its colour, with the figures written out under it
// (a wall is read from afar: the numbers matter more than the bars).
import { useMemo, useState } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Network } from '../../shared/post.ts';
import type { NetworkCount } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NetworkChip } from '../panel/NetworkChip.tsx';
import { NETWORK_COLORS } from '../panel/network-colors.ts';
import { ChartCanvas } from './ChartCanvas.tsx';
import { networkLegend } from './stats-view.ts';

const OPTIONS: ChartOptions<'bar'> = {
  plugins: { legend: { display: false } },
  scales: {
    // The legend under the chart names each bar, in the same order and colours.
    x: { grid: { display: false }, ticks: { display: false } },
    y: { beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 4 } },
  },
};

/** The value first seen with this identity, until the identity changes (React's "state from the previous render"). */
function useKeptWhileSame<T>(value: T, identity: string): T {
  const [kept, setKept] = useState({ value, identity });
  if (kept.identity !== identity) {
    setKept({ value, identity });
    return value;
  }
  return kept.value;
}

export function NetworkChart({
  counts,
  networks,
  format,
}: {
  counts: NetworkCount[];
  networks: Network[];
  format: (n: number) => string;
}) {
  const { t } = useI18n();
  const rows = networks.map((network) => counts.find((c) => c.network === network) ?? { network, today: 0, total: 0 });
  // The rows' figures are the whole identity of the data: a stats event with the same figures keeps
  // the chart's data as it was (no update, no animation).
  const charted = useKeptWhileSame(rows, rows.map((r) => `${r.network}:${r.today}`).join(','));
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: charted.map((r) => t(`networks.${r.network}`)),
      datasets: [
        {
          label: t('stats.perNetwork'),
          data: charted.map((r) => r.today),
          backgroundColor: charted.map((r) => NETWORK_COLORS[r.network]),
          borderRadius: 6,
          maxBarThickness: 90,
        },
      ],
    }),
    [charted, t],
  );
  const legend = networkLegend(rows);
  return (
    <>
      <ChartCanvas type="bar" data={data} options={OPTIONS} label={t('stats.perNetwork')} testId="chart-per-network" />
      <ul className="stats-legend">
        {legend.rows.map((r) => (
          <li
            key={r.network}
            className="stats-legend__row"
            data-testid={`stat-${r.network}`}
            data-today={r.today}
            data-total={r.total}
          >
            <NetworkChip network={r.network} />
            <span className="stats-legend__value">{format(r.today)}</span>
            <span className="stats-legend__sub">{t('stats.todayTotal', { total: format(r.total) })}</span>
          </li>
        ))}
        {legend.others ? (
          <li
            className="stats-legend__row stats-legend__row--others"
            data-testid="stat-others"
            data-today={legend.others.today}
            data-total={legend.others.total}
          >
            <span className="stats-legend__others">{t('stats.otherNetworks', { count: legend.others.networks })}</span>
            <span className="stats-legend__value">{format(legend.others.today)}</span>
            <span className="stats-legend__sub">{t('stats.todayTotal', { total: format(legend.others.total) })}</span>
          </li>
        ) : null}
      </ul>
    </>
  );
}
