// Whether the brand answered, at a glance: under an answered post, "Answered in 12 min" and the reply; under
// a customer's post still waiting (the statistics' own rule, shared/calls-for-answer.ts, applied by
// arrangeFeed), past ten minutes, "Waiting for 40 min". A reply stamped within a minute of the post (or before it) says "Answered" without
// a time: that is a data problem to show honestly, not a record.
import type { Brand } from '../../shared/config.ts';
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDuration } from '../time/format-duration.ts';
import { brandReplyLabel } from './brand-reply-label.ts';
import { RichText } from './RichText.tsx';

/** Below a minute, a response time says more about the networks' clocks than about the brand. */
const SHORTEST_TRUE_ANSWER_S = 60;
/** A customer who just wrote is not "waiting" yet: the marker shows from this long on. */
export const WAITING_SHOWN_AFTER_S = 10 * 60;

export function answerDelaySeconds(post: Post, reply: Post): number | undefined {
  const waited = (Date.parse(reply.createdAt) - Date.parse(post.createdAt)) / 1000;
  return Number.isFinite(waited) && waited >= SHORTEST_TRUE_ANSWER_S && !post.datedAsFetched && !reply.datedAsFetched
    ? waited
    : undefined;
}

export function BrandAnswer({ post, reply, brand, lines }: { post: Post; reply: Post; brand: Brand; lines: number }) {
  const { t } = useI18n();
  const waited = answerDelaySeconds(post, reply);
  return (
    <div className="brand-reply" data-testid="brand-reply" data-key={reply.key}>
      <p className="brand-reply__who">
        <span className="brand-reply__delay" data-testid="reply-delay" data-seconds={waited ?? ''}>
          {waited === undefined ? t('answered') : t('answeredIn', { duration: formatDuration(waited, t) })}
        </span>
        <span className="brand-reply__label">{brandReplyLabel(brand.name, t)}</span>
      </p>
      <p className={`brand-reply__text brand-reply__text--${lines}`} dir="auto">
        <RichText text={reply.text} />
      </p>
    </div>
  );
}

/** "Waiting for 40 min": a customer's question or complaint nobody has answered yet, past a while. */
export function WaitingLine({ post, now }: { post: Post; now: number }) {
  const { t } = useI18n();
  const waited = (now - Date.parse(post.createdAt)) / 1000;
  if (!Number.isFinite(waited) || waited < WAITING_SHOWN_AFTER_S) return null;
  return (
    <p className="waiting-line" data-testid="waiting" data-seconds={Math.round(waited)}>
      <span className="waiting-line__dot" aria-hidden="true" />
      {t('waitingFor', { duration: formatDuration(waited, t) })}
    </p>
  );
}
