// The statistics panel: five key figures (today's posts, answer rate, median response time against
// the target, average rating, what moderation hid) over three live charts (the last 24 hours by
// network, today by network, the customers' tone). The engine computes; this only draws.
import { useMemo, type ReactNode } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useWallEvents } from '../api/use-wall-events.ts';
import { Stars } from '../panel/Stars.tsx';
import { sourcesForPanel } from '../health/sources-for-panel.ts';
import { useSourceHealth } from '../health/use-source-health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PanelFrame } from '../panel/PanelFrame.tsx';
import { StatusScreen } from '../panel/StatusScreen.tsx';
import { formatDuration } from '../time/format-duration.ts';
import { HourlyChart } from './HourlyChart.tsx';
import { KpiTile } from './KpiTile.tsx';
import { NetworkChart } from './NetworkChart.tsx';
import { SentimentChart } from './SentimentChart.tsx';
import { networksShown, toStatsView } from './stats-view.ts';
import { useWallStats } from './use-wall-stats.ts';
import './stats.css';

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

  const frame = (body: ReactNode) => (
    <PanelFrame
      panel={panel}
      brand={brand}
      health={sourcesForPanel(panel, health.sources.values())}
      status={stream.status}
    >
      {body}
    </PanelFrame>
  );
  if (!view) return frame(<StatusScreen message={t('loading')} />);

  const none = t('stats.noValue');
  const number = (n: number) => formats.number.format(n);
  const percent = (r: number) => formats.percent.format(r);
  const shown = view.perNetwork.filter((c) => networks.includes(c.network));
  const today = shown.reduce((sum, c) => sum + c.today, 0);
  const total = shown.reduce((sum, c) => sum + c.total, 0);
  const { answers, rating, hidden } = view;
  const median = answers?.medianResponseSeconds ?? null;
  const onTarget = answers && median !== null ? median <= answers.targetSeconds : undefined;

  return frame(
    <section className="stats" data-testid="stats-panel">
      <div className="stats__kpis">
        <KpiTile
          testId="stat-all"
          label={t('stats.today')}
          value={number(today)}
          detail={t('stats.todayTotal', { total: number(total) })}
          data={{ 'data-today': today, 'data-total': total }}
        />
        <KpiTile
          testId="stat-answered"
          label={t('stats.answered')}
          value={answers && answers.rate !== null ? percent(answers.rate) : none}
          detail={
            answers
              ? t('stats.answeredDetail', {
                  answered: number(answers.answered),
                  total: number(answers.customerPosts),
                  hours: answers.windowHours,
                })
              : t('stats.pending')
          }
          tone={answers?.rate == null ? 'neutral' : answers.rate >= 0.8 ? 'good' : 'warn'}
          data={{ 'data-rate': answers?.rate ?? undefined }}
        />
        <KpiTile
          testId="stat-median"
          label={t('stats.median')}
          value={median !== null ? formatDuration(median, t) : none}
          detail={
            answers ? (
              <>
                <span>{t('stats.target', { duration: formatDuration(answers.targetSeconds, t) })}</span>
                {answers.withinTargetRate !== null ? (
                  <span> · {t('stats.withinTarget', { percent: percent(answers.withinTargetRate) })}</span>
                ) : null}
              </>
            ) : (
              t('stats.pending')
            )
          }
          tone={onTarget === undefined ? 'neutral' : onTarget ? 'good' : 'warn'}
          data={{ 'data-seconds': median ?? undefined, 'data-target': answers?.targetSeconds }}
        />
        <KpiTile
          testId="stat-rating"
          label={t('stats.rating')}
          value={rating && rating.average !== null ? formats.decimal.format(rating.average) : none}
          detail={
            rating ? (
              <>
                {rating.average !== null ? <Stars rating={rating.average} /> : null}
                <span> {t('stats.ratingCount', { count: rating.count })}</span>
                {view.networkRatings.map((r) => (
                  <span
                    className="stats-network-rating"
                    key={`${r.sourceId}-${r.network}-${r.rating}`}
                    data-testid="network-rating"
                  >
                    {t(`networks.${r.network}`)} {formats.decimal.format(r.rating)}/{r.scale}
                  </span>
                ))}
              </>
            ) : (
              t('stats.pending')
            )
          }
          data={{ 'data-average': rating?.average ?? undefined }}
        />
        <KpiTile
          testId="stats-hidden"
          label={t('stats.moderation')}
          value={hidden !== undefined ? number(hidden) : none}
          detail={hidden !== undefined ? t('stats.hidden', { count: hidden }) : t('stats.pending')}
          tone={hidden === 0 ? 'good' : 'neutral'}
          data={{ 'data-hidden': hidden }}
        />
      </div>
      <div className="stats__charts">
        <figure className="stats-tile stats-tile--wide">
          <figcaption className="stats-tile__title">{t('stats.last24h')}</figcaption>
          {view.last24h && view.last24h.length > 0 ? (
            <HourlyChart hours={view.last24h} networks={networks} />
          ) : (
            <p className="stats-tile__none">{none}</p>
          )}
        </figure>
        <figure className="stats-tile">
          <figcaption className="stats-tile__title">{t('stats.perNetwork')}</figcaption>
          {networks.length > 0 ? (
            <NetworkChart counts={shown} networks={networks} format={number} />
          ) : (
            <p className="stats-tile__none">{t('stats.noData')}</p>
          )}
        </figure>
        <figure className="stats-tile">
          <figcaption className="stats-tile__title">{t('stats.sentiment')}</figcaption>
          <SentimentChart split={view.sentiment} percent={percent} />
        </figure>
      </div>
      <p className="stats__updated">{t('stats.updated', { time: formats.time.format(new Date(view.generatedAt)) })}</p>
    </section>,
  );
}
