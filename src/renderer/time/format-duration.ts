// A response time the way people say it on a wall: "45 s", "12 min", "2 h 05", "3 j".
import type { TFunction } from 'i18next';

export function formatDuration(seconds: number, t: TFunction<'wall'>): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('duration.s', { n: s });
  const minutes = Math.round(s / 60);
  if (minutes < 60) return t('duration.min', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0
      ? t('duration.h', { h: hours })
      : t('duration.hmin', { h: hours, min: String(rest).padStart(2, '0') });
  }
  return t('duration.d', { n: Math.round(hours / 24) });
}
