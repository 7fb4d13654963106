// Posts per hour over the last 24 hours, stacked by network.
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Network } from '../../shared/post.ts';
import type { HourlyCount } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NETWORK_COLORS } from '../panel/network-colors.ts';
import { ChartCanvas } from './ChartCanvas.tsx';

const OPTIONS: ChartOptions<'bar'> = {
  plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 14, padding: 18 } } },
  scales: {
    x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
    y: { stacked: true, beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 5 } },
  },
};

export function HourlyChart({ hours, networks }: { hours: HourlyCount[]; networks: Network[] }) {
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
  return <ChartCanvas type="bar" data={data} options={OPTIONS} label={t('stats.last24h')} testId="chart-last24h" />;
}
