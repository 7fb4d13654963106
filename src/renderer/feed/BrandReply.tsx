// The brand's answer, under the post it answers: the wall shows that customers get a reply.
import type { Brand } from '../../shared/config.ts';
import type { Post } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../time/relative-time.ts';

export function BrandReply({ reply, brand, now }: { reply: Post; brand: Brand; now: number }) {
  const { messages, language } = useI18n();
  return (
    <div className="brand-reply" data-testid="brand-reply" data-key={reply.key}>
      <p className="brand-reply__who">
        <span className="brand-reply__label">{messages.brandReply(brand.name)}</span>
        <time className="post-author__time" dateTime={reply.createdAt}>
          {formatRelativeTime(reply.createdAt, now, language)}
        </time>
      </p>
      <p className="brand-reply__text">{reply.text}</p>
    </div>
  );
}
