// The panel's first line: the share of customers answered against the target, then the window and the posts
// it is about, in words. Everything under it (tiles, list) is about the same posts.
import type { AnswerStats } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { headlineOf, windowWords } from './headline.ts';

export function HeadlineBand({
  answers,
  percent,
  format,
}: {
  answers: AnswerStats;
  percent: (ratio: number) => string;
  format: (n: number) => string;
}) {
  const { t } = useI18n();
  const headline = headlineOf(answers);
  const span = windowWords(answers.windowHours);
  const windowText = t(span.key, { count: span.count });
  return (
    <header
      className={`stats-headline stats-headline--${headline.tone}`}
      data-testid="stats-headline"
      data-rate={headline.rate ?? undefined}
      data-target={headline.target}
      data-awaited={answers.awaited}
      data-waiting={answers.waiting}
    >
      <p className="stats-headline__sentence">
        {headline.kind === 'answered' && headline.rate !== null
          ? t('stats.headline', { rate: percent(headline.rate), target: percent(headline.target) })
          : t('stats.headlineNone', { window: windowText })}
      </p>
      <p className="stats-headline__scope">
        <span className="stats-headline__window">{windowText}</span>
        {' · '}
        {t('stats.awaited', { count: answers.awaited, n: format(answers.awaited) })}
        {answers.awaited > 0
          ? ` · ${t('stats.stillWaiting', { count: answers.waiting, n: format(answers.waiting) })}`
          : null}
      </p>
    </header>
  );
}
