// A review's rating as five stars, with the number for screen readers.
import { useI18n } from '../i18n/i18n-context.tsx';

export function Stars({ rating }: { rating: number }) {
  const { t } = useI18n();
  const full = Math.round(rating);
  return (
    <span
      className="stars"
      data-testid="stars"
      data-rating={rating}
      role="img"
      aria-label={t('stars', { count: rating })}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={n <= full ? 'stars__star stars__star--on' : 'stars__star'} aria-hidden="true">
          ★
        </span>
      ))}
    </span>
  );
}
