// Turns one server-sent message (its event name and data text) into the typed WallEvent union.
// The server is ours, but a malformed message must cost one event, never the screen: anything that
// does not have the shape its name promises is dropped.
import type { WallControlEventMap, WallEvent, WallEventName } from '../../shared/api-contract.ts';

type Guards = { [K in WallEventName]: (data: Record<string, unknown>) => boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const GUARDS: Guards = {
  post: (d) =>
    isObject(d.post) && typeof d.post.key === 'string' && typeof d.post.network === 'string' && isObject(d.post.author),
  remove: (d) => typeof d.key === 'string',
  health: (d) => isObject(d.source) && typeof d.source.sourceId === 'string',
  stats: (d) => isObject(d.stats) && Array.isArray(d.stats.perNetwork),
  reset: () => true,
  link: (d) => isObject(d.link) && typeof d.link.state === 'string' && typeof d.link.since === 'string',
};

export function parseWallEvent(name: WallEventName, text: string): WallEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !GUARDS[name](data)) return undefined;
  // The guard above checked the shape this name promises.
  return { type: name, data } as WallEvent;
}

export type ControlEventName = keyof WallControlEventMap;
export type ControlEvent = { [K in ControlEventName]: { type: K; data: WallControlEventMap[K] } }[ControlEventName];

/** The stream's control events (WallControlEventMap): what the screen does about the wall itself changing. */
export const CONTROL_EVENT_NAMES: readonly ControlEventName[] = ['panels'];

const CONTROL_GUARDS: { [K in ControlEventName]: (data: Record<string, unknown>) => boolean } = {
  panels: (d) => typeof d.reason === 'string',
};

export function parseControlEvent(name: ControlEventName, text: string): ControlEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !CONTROL_GUARDS[name](data)) return undefined;
  return { type: name, data } as ControlEvent;
}
