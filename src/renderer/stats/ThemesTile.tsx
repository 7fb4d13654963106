// What customers complained about in the last 7 days, most first, each with its count, a bar, and the week
// before beside it with an arrow: up means more complaints (bad), down fewer.
import type { ThemeStats } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { trendOf } from './headline.ts';

/** Themes written out: more would not read from afar. */
const SHOWN = 4;
const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

export function ThemesTile({ themes, format }: { themes: ThemeStats; format: (n: number) => string }) {
  const { t } = useI18n();
  const rows = themes.themes.filter((row) => row.count > 0).slice(0, SHOWN);
  const top = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="stats-tile stats-themes" data-testid="themes" data-complaints={themes.complaints}>
      <figcaption className="stats-tile__title">
        {t('stats.themes')}
        <span className="stats-tile__aside">{t('stats.themesWeek')}</span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="stats-tile__calm">{t('stats.themesEmpty')}</p>
      ) : (
        <ol className="stats-themes__list">
          {rows.map((row) => {
            const trend = trendOf(row.count, row.previous);
            return (
              <li
                key={row.theme}
                className="stats-themes__row"
                data-testid={`theme-${row.theme}`}
                data-count={row.count}
                data-previous={row.previous}
              >
                <span className="stats-themes__name">{t(`stats.theme.${row.theme}`)}</span>
                <span className="stats-themes__count">{format(row.count)}</span>
                <span
                  className={`stats-themes__trend stats-themes__trend--${trend}`}
                  title={t(trend === 'up' ? 'stats.trendUp' : trend === 'down' ? 'stats.trendDown' : 'stats.trendSame')}
                >
                  {ARROWS[trend]} {format(row.previous)}
                </span>
                <meter className="stats-themes__bar" min={0} max={top} value={row.count} aria-hidden="true" />
              </li>
            );
          })}
        </ol>
      )}
    </figure>
  );
}
