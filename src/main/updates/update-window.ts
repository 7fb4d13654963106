// When a kiosk looks for an update: once a night, inside IT's window (local time, it may cross midnight), at a
// moment of its own within the window's first half (a thousand stores do not download at the same second).
import type { UpdatesConfig } from '../../shared/update-contract.ts';

export type UpdateWindow = UpdatesConfig['window'];

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
}

function lengthMinutes(window: UpdateWindow): number {
  const span = (minutes(window.to) - minutes(window.from) + 1440) % 1440;
  return span === 0 ? 1440 : span;
}

/** Whether `at` (local time) is inside the window. */
export function inWindow(at: Date, window: UpdateWindow): boolean {
  const since = (minuteOfDay(at) - minutes(window.from) + 1440) % 1440;
  return since < lengthMinutes(window);
}

/** The start of the window that `at` is in or that comes next (local time, DST-safe by building the date). */
export function windowStart(at: Date, window: UpdateWindow): Date {
  const start = new Date(at);
  const from = minutes(window.from);
  start.setHours(Math.floor(from / 60), from % 60, 0, 0);
  if (inWindow(at, window)) {
    if (start.getTime() > at.getTime()) start.setDate(start.getDate() - 1);
  } else if (start.getTime() <= at.getTime()) start.setDate(start.getDate() + 1);
  return start;
}

/**
 * The next instant to look for an update: this night's moment (the window's start plus `spread` × half its
 * length; `spread` in [0, 1), the PC's own) unless it already looked this night, else the next night's.
 */
export function nextCheckAt(nowMs: number, window: UpdateWindow, lastCheckMs: number | null, spread: number): number {
  const offsetMs = Math.floor(Math.min(Math.max(spread, 0), 0.999) * (lengthMinutes(window) / 2) * 60_000);
  const start = windowStart(new Date(nowMs), window);
  const checkedThisNight = lastCheckMs !== null && lastCheckMs >= start.getTime();
  if (inWindow(new Date(nowMs), window) && !checkedThisNight) return Math.max(nowMs, start.getTime() + offsetMs);
  const next = new Date(start);
  if (inWindow(new Date(nowMs), window)) next.setDate(next.getDate() + 1);
  return next.getTime() + offsetMs;
}

/** A PC's own spread in [0, 1), stable across restarts: from its name. */
export function spreadOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}
