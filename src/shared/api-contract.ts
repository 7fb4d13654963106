// The one typed contract between the engine's local server and the screens: every JSON route and
// every server-sent event. The server's handlers and the renderer's client are both typed from here.
import type { Brand, FeedDensity, Language, PanelType } from './config.ts';
import type { HubLink, SourceHealth, WallNotice } from './health.ts';
import type { Network, Post } from './post.ts';
import type { AnsweringResponse } from './answering.ts';
import type { WallStats } from './stats.ts';

/** A panel as a screen sees it: its configuration plus what it needs to draw its header. */
export interface PanelView {
  id: string;
  title: string;
  type: PanelType;
  networks: Network[];
  sources: string[];
  /** True when any source feeding this panel is the demo: the screen says so. */
  demo: boolean;
  /** Feed panels: how many posts at once, how large (default `hall`). */
  density?: FeedDensity;
  /** Feed panels: how long a new post stays in the spotlight at least (default 10 s). */
  spotlightSeconds?: number;
}

export interface PanelsResponse {
  panels: PanelView[];
  brand: Brand;
  language: Language;
}

export interface PostsResponse {
  posts: Post[];
}

export interface HealthResponse {
  sources: SourceHealth[];
  notices: WallNotice[];
  /** Only on a store PC following a hub: its link to the hub. */
  link?: HubLink;
}

export type StatsResponse = WallStats;

export interface ErrorResponse {
  error: string;
}

/** GET routes of the JSON API and what they answer. */
export interface ApiRoutes {
  '/api/panels': PanelsResponse;
  '/api/panels/:id/posts': PostsResponse;
  '/api/health': HealthResponse;
  '/api/stats': StatsResponse;
  /** The answering page's list (admin credential). */
  '/api/settings/answering': AnsweringResponse;
}

/** Server-sent events on GET /api/events (resumable with Last-Event-ID). */
export interface WallEventMap {
  /** A post was created or changed (edit, new metrics). */
  post: { post: Post };
  /** A post left the wall (deleted by its author, hidden, expired). */
  /** `withdrawn`: its source was removed or paused. */
  remove: { key: string; reason: 'deleted' | 'hidden' | 'expired' | 'withdrawn' };
  health: { source: SourceHealth };
  stats: { stats: WallStats };
  /** The server cannot replay what was missed (restart, or too long away): reload everything. */
  reset: { reason: string };
  /** A store PC following a hub: its link to the hub went down or came back. */
  link: { link: HubLink };
}
export type WallEventName = keyof WallEventMap;
export type WallEvent = { [K in WallEventName]: { type: K; data: WallEventMap[K] } }[WallEventName];

export const WALL_EVENT_NAMES: readonly WallEventName[] = ['post', 'remove', 'health', 'stats', 'reset', 'link'];

/**
 * Events the stream carries beyond WallEventMap, added after the screens' first release. A screen that does
 * not listen for a name never sees it (EventSource drops unknown event names), so adding one is harmless.
 * When the renderer handles one, move it into WallEventMap (with its guard in parse-wall-event.ts).
 */
export interface WallControlEventMap {
  /** The settings changed the panels, the brand or the sources: refetch /api/panels and the panel's posts. */
  panels: { reason: 'settings' };
}
export type StreamEventName = WallEventName | keyof WallControlEventMap;
export type StreamEvent =
  | WallEvent
  | { [K in keyof WallControlEventMap]: { type: K; data: WallControlEventMap[K] } }[keyof WallControlEventMap];

// The settings routes (admin credential only) are typed in settings-contract.ts.
export type { SettingsRoutes } from './settings-contract.ts';
