// The statistics panel, read in five seconds from across the hall: one headline (the share of customers
// answered against the target), four tiles about the same posts and window (waiting, answered, response time,
// rating on one scale), then who is waiting, what customers complain about, the last 24 hours by network, and
// the customers' tone. The engine computes every figure; this only draws.
import { useMemo, type ReactNode } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useWallEvents } from '../api/use-wall-events.ts';
import { sourcesForPanel } from '../health/sources-for-panel.ts';
import { useSourceHealth } from '../health/use-source-health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PanelFrame } from '../panel/PanelFrame.tsx';
import { Stars } from '../panel/Stars.tsx';
import { StatusScreen } from '../panel/StatusScreen.tsx';
import { formatDuration } from '../time/format-duration.ts';
import { HeadlineBand } from './HeadlineBand.tsx';
import { outOfFive, windowWords } from './headline.ts';
import { HourlyChart } from './HourlyChart.tsx';
import { KpiTile } from './KpiTile.tsx';
import { ThemesTile } from './ThemesTile.tsx';
import { ToneBar } from './ToneBar.tsx';
import { WaitingList } from './WaitingList.tsx';
import { networksShown, toStatsView } from './stats-view.ts';
import { useWallStats } from './use-wall-stats.ts';
import './stats.css';

/** The statistics panel's title in either language when the configuration kept the default one. */
const DEFAULT_TITLES = new Set(['Statistiques', 'Statistics']);

export function StatsPanel({ panel, brand }: { panel: PanelView; brand: Brand }) {
  const { t, language } = useI18n();
  // See FeedPanel: the handler runs on events, after `stats` and `health` are defined.
  const stream = useWallEvents(panel.id, (event) => {
    stats.apply(event);
    health.apply(event);
  });
  const stats = useWallStats(stream.epoch);
  const health = useSourceHealth(stream.epoch);
  const formats = useMemo(
    () => ({
      number: new Intl.NumberFormat(language),
      decimal: new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
      time: new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }),
    }),
    [language],
  );
  const view = useMemo(() => (stats.stats ? toStatsView(stats.stats) : undefined), [stats.stats]);
  const networks = useMemo(() => (view ? networksShown(view, panel.networks) : []), [view, panel.networks]);
  const titled = DEFAULT_TITLES.has(panel.title) ? { ...panel, title: t('stats.title') } : panel;

  const frame = (body: ReactNode) => (
    <PanelFrame
      panel={titled}
      brand={brand}
      health={sourcesForPanel(panel, health.sources.values())}
      status={stream.status}
      link={health.link}
    >
      {body}
    </PanelFrame>
  );
  if (!view) return frame(<StatusScreen message={t('loading')} />);
  const { answers, themes, rating } = view;
  if (!answers) return frame(<StatusScreen message={t('stats.noData')} />);

  const none = t('stats.noValue');
  const number = (n: number) => formats.number.format(n);
  const percent = (r: number) => formats.percent.format(r);
  const duration = (seconds: number) => formatDuration(seconds, t);
  const nowMs = Date.parse(view.generatedAt);
  const span = windowWords(answers.windowHours);
  const windowText = t(span.key, { count: span.count });
  const target = duration(answers.targetSeconds);
  const median = answers.medianResponseSeconds;
  const waitingTone =
    answers.waiting === 0 ? 'good' : (answers.oldestWaitSeconds ?? 0) > answers.targetSeconds ? 'warn' : 'neutral';

  return frame(
    <section className="stats" data-testid="stats-panel">
      <HeadlineBand answers={answers} percent={percent} format={number} />
      <div className="stats__kpis">
        <KpiTile
          testId="stat-waiting"
          label={t('stats.waiting')}
          value={number(answers.waiting)}
          detail={
            answers.oldestWaitSeconds !== null
              ? t('stats.waitingOldest', { duration: duration(answers.oldestWaitSeconds) })
              : t('stats.waitingNobody')
          }
          tone={waitingTone}
          data={{ 'data-waiting': answers.waiting, 'data-oldest': answers.oldestWaitSeconds ?? undefined }}
        />
        <KpiTile
          testId="stat-answered"
          label={t('stats.answered')}
          value={number(answers.answered)}
          detail={t('stats.answeredDetail', {
            total: number(answers.awaited),
            percent: answers.rate !== null ? percent(answers.rate) : none,
          })}
          tone={answers.rate === null ? 'neutral' : answers.rate >= answers.rateTarget ? 'good' : 'warn'}
          data={{
            'data-answered': answers.answered,
            'data-awaited': answers.awaited,
            'data-rate': answers.rate ?? undefined,
          }}
        />
        <KpiTile
          testId="stat-response"
          label={`${t('stats.response')} · ${t('stats.responseMedian')}`}
          value={median !== null ? duration(median) : none}
          detail={
            answers.p90ResponseSeconds !== null
              ? t('stats.responseDetail', { p90: duration(answers.p90ResponseSeconds), target })
              : t('stats.responseNone', { target })
          }
          tone={median === null ? 'neutral' : median <= answers.targetSeconds ? 'good' : 'warn'}
          data={{ 'data-seconds': median ?? undefined, 'data-p90': answers.p90ResponseSeconds ?? undefined }}
        />
        <KpiTile
          testId="stat-rating"
          label={t('stats.rating')}
          value={
            rating && rating.average !== null
              ? t('stats.outOf', { value: formats.decimal.format(rating.average), scale: 5 })
              : none
          }
          detail={
            <>
              {rating && rating.average !== null ? <Stars rating={rating.average} /> : null}
              {rating ? <span> {t('stats.ratingCount', { count: rating.count, n: number(rating.count) })}</span> : null}
              {view.networkRatings.length > 0 ? (
                <span className="stats-network-ratings">
                  {view.networkRatings.map((r) => (
                    <span
                      className="stats-network-rating"
                      key={`${r.sourceId}-${r.network}`}
                      data-testid="network-rating"
                    >
                      {r.scale === 5
                        ? t('stats.networkRating', {
                            network: t(`networks.${r.network}`),
                            value: formats.decimal.format(r.rating),
                          })
                        : t('stats.networkRatingScaled', {
                            network: t(`networks.${r.network}`),
                            value: formats.decimal.format(outOfFive(r.rating, r.scale)),
                            own: formats.decimal.format(r.rating),
                            scale: r.scale,
                          })}
                    </span>
                  ))}
                </span>
              ) : null}
            </>
          }
          data={{ 'data-average': rating?.average ?? undefined }}
        />
      </div>
      <div className="stats__lower">
        <WaitingList answers={answers} nowMs={nowMs} format={number} />
        {themes ? <ThemesTile themes={themes} format={number} /> : <figure className="stats-tile" />}
        <figure className="stats-tile stats-activity">
          <figcaption className="stats-tile__title">{t('stats.last24h')}</figcaption>
          {view.last24h && view.last24h.length > 0 ? (
            <HourlyChart hours={view.last24h} networks={networks} counts={view.perNetwork} format={number} />
          ) : (
            <p className="stats-tile__calm">{none}</p>
          )}
        </figure>
      </div>
      <footer className="stats__footer">
        {view.sentiment ? <ToneBar split={view.sentiment} window={windowText} percent={percent} /> : <span />}
        <p className="stats__meta">
          <span data-testid="stats-hidden" data-hidden={view.hidden}>
            {view.hidden !== undefined ? t('stats.hidden', { count: view.hidden, n: number(view.hidden) }) : null}
          </span>
          <span>{t('stats.updated', { time: formats.time.format(new Date(view.generatedAt)) })}</span>
        </p>
      </footer>
    </section>,
  );
}
