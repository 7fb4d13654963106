// "il y a 5 min" / "5 min ago": coarse on purpose, a wall is read at a glance.
import type { Language } from '../../shared/config.ts';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

export function formatRelativeTime(thenIso: string, nowMs: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
    formatters.set(language, formatter);
  }
  const then = Date.parse(thenIso);
  if (Number.isNaN(then)) return '';
  // Clocks of networks and kiosk differ a little: a post "from the future" is simply "now".
  // Minutes at best: the page re-renders its times every few seconds, not every second.
  let value = Math.min(0, (then - nowMs) / 60_000);
  if (value > -1) return formatter.format(0, 'second');
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return formatter.format(Math.round(value), unit);
    value /= size;
  }
  return formatter.format(Math.round(value), 'year');
}
