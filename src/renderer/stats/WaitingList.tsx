// Who is still waiting for an answer, longest first: first name, network, question or complaint, and for how
// long (as of the statistics' time, so the list and the "waiting" tile say the same).
import type { AnswerStats } from '../../shared/stats.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NETWORK_COLORS } from '../panel/network-colors.ts';
import { formatDuration } from '../time/format-duration.ts';

/** Rows written out: more would not read from afar. */
const SHOWN = 3;

export function WaitingList({
  answers,
  nowMs,
  format,
}: {
  answers: AnswerStats;
  nowMs: number;
  format: (n: number) => string;
}) {
  const { t } = useI18n();
  const shown = answers.oldestWaiting.slice(0, SHOWN);
  const more = answers.waiting - shown.length;
  return (
    <figure className="stats-tile stats-waiting" data-testid="waiting-list" data-waiting={answers.waiting}>
      <figcaption className="stats-tile__title">{t('stats.waitingList')}</figcaption>
      {shown.length === 0 ? (
        <p className="stats-tile__calm">{t('stats.waitingListEmpty')}</p>
      ) : (
        <ol className="stats-waiting__list">
          {shown.map((post) => (
            <li key={post.key} className="stats-waiting__row" data-testid="waiting-post" data-key={post.key}>
              <span className="stats-waiting__name">{post.firstName}</span>
              <span className="stats-waiting__network">
                <span className="swatch" style={{ background: NETWORK_COLORS[post.network] }} aria-hidden="true" />
                {t(`networks.${post.network}`)} · {t(`stats.intent.${post.intent}`)}
              </span>
              <span className="stats-waiting__age">
                {formatDuration((nowMs - Date.parse(post.createdAt)) / 1000, t)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {more > 0 ? (
        <p className="stats-waiting__more">{t('stats.waitingMore', { count: more, n: format(more) })}</p>
      ) : null}
    </figure>
  );
}
