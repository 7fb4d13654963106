// What makes a wall a fleet hub (issue 18): its PostgreSQL database, shared by every process of the hub.
import type { EventsRouteLimits } from '../server/events-route.ts';

export interface HubOptions {
  /** postgres://user:password@host:port/database (the password is never logged). */
  database: string;
  /** Answer plain HTTP from other machines too (by default only loopback: a reverse proxy holds TLS). */
  allowPlainHttp?: boolean;
  /** The releases served to the PCs (docs/fleet.md "Updates"); default `<dataDir>/updates`. */
  updatesDir?: string;
  /** The names it answers to behind its reverse proxy (`--public-host`), e.g. `hub.example.com`. */
  publicHosts?: string[];
}

/** A hub serves every store's screens (about three per store), not a lobby's handful: far more streams. */
export const HUB_EVENTS_LIMITS: EventsRouteLimits = { maxStreams: 20_000, maxBacklogBytes: 4 * 2 ** 20 };
