// The customers' tone over the window: one bar split in three, each part named with its share, so the
// colours are never the only cue.
import type { SentimentSplit } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const TONES = ['positive', 'neutral', 'negative'] as const;

export function ToneBar({
  split,
  window,
  percent,
}: {
  split: SentimentSplit;
  window: string;
  percent: (ratio: number) => string;
}) {
  const { t } = useI18n();
  const total = split.positive + split.neutral + split.negative;
  return (
    <div className="stats-tone" data-testid="sentiment" data-total={total}>
      <p className="stats-tone__title">
        {t('stats.tone')} · {window}
      </p>
      <div className="stats-tone__bar" aria-hidden="true">
        {total > 0
          ? TONES.map((tone) => (
              <span
                key={tone}
                className={`stats-tone__part stats-tone__part--${tone}`}
                style={{ flexGrow: split[tone] }}
              />
            ))
          : null}
      </div>
      <ul className="stats-tone__legend">
        {TONES.map((tone) => (
          <li key={tone} className={`stats-tone__item stats-tone__item--${tone}`} data-testid={`sentiment-${tone}`}>
            {t(`stats.${tone}`)} {total > 0 ? percent(split[tone] / total) : t('stats.noValue')}
          </li>
        ))}
      </ul>
    </div>
  );
}
