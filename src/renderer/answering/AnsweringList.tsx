// The waiting customers, oldest first: how long they have waited (counting on), who, where, what they asked or
// complained about, and a link to answer them on their network.
import { useEffect, useMemo, useState } from 'react';
import type { AnsweringResponse } from '../../shared/answering.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { NETWORK_COLORS } from '../panel/network-colors.ts';
import { formatDuration } from '../time/format-duration.ts';
import { windowWords } from '../stats/headline.ts';

/** The waits move on between two fetches. */
const TICK_MS = 30_000;

export function AnsweringList({ data }: { data: AnsweringResponse }) {
  const { t, language } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  // The server's clock is the reference: its list was read at generatedAt.
  const skew = useMemo(() => Date.parse(data.generatedAt) - Date.now(), [data.generatedAt]);
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const time = useMemo(() => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }), [language]);
  const span = windowWords(data.windowHours);
  const oldest = data.posts[0];
  const waitOf = (createdAt: string) => formatDuration((now + skew - Date.parse(createdAt)) / 1000, t);

  return (
    <>
      <p className="answering__summary" aria-live="polite" data-testid="answering-summary" data-waiting={data.waiting}>
        {data.waiting === 0
          ? t('stats.answering.nobody')
          : t('stats.answering.summary', {
              count: data.waiting,
              n: number.format(data.waiting),
              inWindow: number.format(data.waitingInWindow),
              window: t(span.key, { count: span.count }),
            })}
        {oldest ? ` · ${t('stats.answering.oldest', { duration: waitOf(oldest.createdAt) })}` : null}
      </p>
      <p className="answering__updated">{t('stats.updated', { time: time.format(new Date(data.generatedAt)) })}</p>
      <ol className="answering__list">
        {data.posts.map((post) => (
          <li key={post.key} className="answering-item" data-testid="answering-item" data-key={post.key}>
            <p className="answering-item__wait">{waitOf(post.createdAt)}</p>
            <div className="answering-item__body">
              <p className="answering-item__who">
                <span className="answering-item__name">{post.authorName}</span>
                <span className="answering-item__where">
                  <span className="swatch" style={{ background: NETWORK_COLORS[post.network] }} aria-hidden="true" />
                  {t(`networks.${post.network}`)} · {t(`stats.intent.${post.intent}`)}
                </span>
              </p>
              <p className="answering-item__text">{post.text}</p>
            </div>
            {post.url ? (
              <a className="answering-item__link" href={post.url} target="_blank" rel="noopener noreferrer">
                {t('stats.answering.answerOn', { network: t(`networks.${post.network}`) })}
              </a>
            ) : (
              <span className="answering-item__nolink">{t('stats.answering.noLink')}</span>
            )}
          </li>
        ))}
      </ol>
      {data.waiting > data.posts.length ? (
        <p className="answering__note">
          {t('stats.answering.more', {
            count: data.waiting - data.posts.length,
            n: number.format(data.waiting - data.posts.length),
          })}
        </p>
      ) : null}
    </>
  );
}
