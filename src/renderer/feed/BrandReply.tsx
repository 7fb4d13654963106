// The brand's answer, under the post it answers, with how long the customer waited for it: the wall
// shows that customers get a reply, and how fast.
import type { Brand } from '../../shared/config.ts';
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDuration } from '../time/format-duration.ts';
import { brandReplyLabel } from './brand-reply-label.ts';
import { RichText } from './RichText.tsx';

export function BrandReply({ reply, parent, brand }: { reply: Post; parent: Post; brand: Brand }) {
  const { t } = useI18n();
  const waited = (Date.parse(reply.createdAt) - Date.parse(parent.createdAt)) / 1000;
  return (
    <div className="brand-reply" data-testid="brand-reply" data-key={reply.key}>
      <p className="brand-reply__who">
        <span className="brand-reply__label">{brandReplyLabel(brand.name, t)}</span>
        {Number.isFinite(waited) && waited >= 0 ? (
          <span className="brand-reply__delay" data-testid="reply-delay" data-seconds={Math.round(waited)}>
            {t('answeredIn', { duration: formatDuration(waited, t) })}
          </span>
        ) : null}
      </p>
      <p className="brand-reply__text" dir="auto">
        <RichText text={reply.text} />
      </p>
    </div>
  );
}
