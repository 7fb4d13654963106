// The tone of today's customer posts: a doughnut and the three shares written out.
import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import type { SentimentSplit } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ChartCanvas } from './ChartCanvas.tsx';

const KEYS = ['positive', 'neutral', 'negative'] as const;
// Negative in a warm coral, not alarm red: criticism is shown like praise (transparency).
export const SENTIMENT_COLORS: Record<(typeof KEYS)[number], string> = {
  positive: '#3ccf7a',
  neutral: '#8a94a8',
  negative: '#ff8a65',
};

const OPTIONS: ChartOptions<'doughnut'> = {
  cutout: '62%',
  plugins: { legend: { display: false } },
  borderColor: 'transparent',
};

export function SentimentChart({
  split,
  percent,
}: {
  split: SentimentSplit | undefined;
  percent: (ratio: number) => string;
}) {
  const { t } = useI18n();
  const total = split ? split.positive + split.neutral + split.negative : 0;
  const data = useMemo<ChartData<'doughnut'>>(
    () => ({
      labels: KEYS.map((k) => t(`stats.${k}`)),
      datasets: [
        {
          label: t('stats.sentiment'),
          data: KEYS.map((k) => split?.[k] ?? 0),
          backgroundColor: KEYS.map((k) => SENTIMENT_COLORS[k]),
        },
      ],
    }),
    [split, t],
  );
  return (
    <>
      <ChartCanvas
        type="doughnut"
        data={data}
        options={OPTIONS}
        label={t('stats.sentiment')}
        testId="chart-sentiment"
      />
      <ul className="stats-legend stats-legend--sentiment" data-testid="sentiment" data-total={total}>
        {KEYS.map((k) => (
          <li key={k} className="stats-legend__row" data-sentiment={k} data-count={split?.[k] ?? ''}>
            <span className="stats-legend__swatch" style={{ backgroundColor: SENTIMENT_COLORS[k] }} />
            <span className="stats-legend__name">{t(`stats.${k}`)}</span>
            <span className="stats-legend__value">
              {split && total > 0 ? percent(split[k] / total) : t('stats.noValue')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
