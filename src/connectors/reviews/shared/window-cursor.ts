// The persisted form of a newest-first window (high-water mark + the first page's ids), as the source's
// cursor. An unreadable cursor (an older format, a hand edit) means a fresh first sync, not a failure.
import type { WindowItem, WindowState } from '../../shared/newest-first-window.ts';

type Row = [id: string, t: number, reply?: 1];

export function formatWindowCursor(state: WindowState, extra: Record<string, string> = {}): string {
  const recent: Row[] = state.recent.map((i) => (i.reply ? [i.id, i.t, 1] : [i.id, i.t]));
  return JSON.stringify({ v: 1, ...(state.hwm !== undefined ? { hwm: state.hwm } : {}), recent, ...extra });
}

export function parseWindowCursor(
  cursor: string | undefined,
): (WindowState & { extra: Record<string, string> }) | undefined {
  if (!cursor) return undefined;
  try {
    const raw: unknown = JSON.parse(cursor);
    if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return undefined;
    const { hwm, recent, ...rest } = raw as { hwm?: unknown; recent?: unknown; v: 1 };
    if (!Array.isArray(recent)) return undefined;
    const items: WindowItem[] = [];
    for (const row of recent as unknown[]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number') return undefined;
      items.push(row[2] === 1 ? { id: row[0], t: row[1], reply: true } : { id: row[0], t: row[1] });
    }
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(rest)) if (k !== 'v' && typeof v === 'string') extra[k] = v;
    return { ...(typeof hwm === 'number' ? { hwm } : {}), recent: items, extra };
  } catch {
    return undefined;
  }
}
