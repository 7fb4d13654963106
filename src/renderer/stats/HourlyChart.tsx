// Posts per hour over the last 24 hours, stacked by network, with a legend that names each network in its
// colour and says how many posts it brought today.
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Network } from '../../shared/post.ts';
import type { HourlyCount, NetworkCount } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NETWORK_COLORS } from '../panel/network-colors.ts';
import { ChartCanvas } from './ChartCanvas.tsx';
import { networkLegend } from './stats-view.ts';

const OPTIONS: ChartOptions<'bar'> = {
  plugins: { legend: { display: false } },
  scales: {
    x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
    y: { stacked: true, beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 5 } },
  },
};

export function HourlyChart({
  hours,
  networks,
  counts,
  format,
}: {
  hours: HourlyCount[];
  networks: Network[];
  counts: NetworkCount[];
  format: (n: number) => string;
}) {
  const { t, language } = useI18n();
  const data = useMemo<ChartData<'bar'>>(() => {
    const hour = new Intl.DateTimeFormat(language, { hour: 'numeric' });
    return {
      labels: hours.map((h) => hour.format(new Date(h.hourStart))),
      datasets: networks.map((network) => ({
        label: t(`networks.${network}`),
        data: hours.map((h) => h.perNetwork[network] ?? 0),
        backgroundColor: NETWORK_COLORS[network],
        borderRadius: 3,
        stack: 'posts',
      })),
    };
  }, [hours, networks, language, t]);
  const rows = networks.map((network) => counts.find((c) => c.network === network) ?? { network, today: 0, total: 0 });
  const legend = networkLegend(rows);
  return (
    <>
      <ChartCanvas type="bar" data={data} options={OPTIONS} label={t('stats.last24h')} testId="chart-last24h" />
      <ul className="stats-legend" data-testid="network-legend">
        {legend.rows.map((row) => (
          <li
            key={row.network}
            className="stats-legend__item"
            data-testid={`stat-${row.network}`}
            data-today={row.today}
          >
            <span className="swatch" style={{ background: NETWORK_COLORS[row.network] }} aria-hidden="true" />
            <span className="stats-legend__name">{t(`networks.${row.network}`)}</span>
            <span className="stats-legend__count">{t('stats.today', { count: row.today, n: format(row.today) })}</span>
          </li>
        ))}
        {legend.others ? (
          <li className="stats-legend__item" data-testid="stat-others" data-today={legend.others.today}>
            <span className="stats-legend__name">{t('stats.otherNetworks', { count: legend.others.networks })}</span>
            <span className="stats-legend__count">
              {t('stats.today', { count: legend.others.today, n: format(legend.others.today) })}
            </span>
          </li>
        ) : null}
      </ul>
    </>
  );
}
