// Before the first post: say what will appear here and how to make it appear.
import { useI18n } from '../i18n/i18n-context.tsx';

export function EmptyFeed({ hashtag }: { hashtag: string | undefined }) {
  const { messages } = useI18n();
  return (
    <section className="empty-feed" data-testid="feed-empty">
      <h2 className="empty-feed__title">{messages.emptyFeedTitle}</h2>
      <p className="empty-feed__hint">{messages.emptyFeedHint(hashtag)}</p>
    </section>
  );
}
