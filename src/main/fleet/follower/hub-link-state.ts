// Whether the store PC's link to its hub is up, and since when it is down: what the panels' header shows as
// "hors ligne depuis 10 min". Down counts from the last moment the hub was heard (not from the first failed
// retry), and survives a restart of the store PC (kept in follower-state.json), so the minutes stay true.
import type { HubLink } from '../../../shared/health.ts';

export class HubLinkState {
  private link: HubLink;

  constructor(
    private readonly now: () => number,
    private readonly onChange: (link: HubLink) => void,
    kept?: HubLink,
  ) {
    // At start nothing is heard yet: offline since the last time it was (or now, for a first start).
    this.link =
      kept?.state === 'offline' || kept?.state === 'revoked'
        ? kept
        : { state: 'offline', since: new Date(this.now()).toISOString() };
  }

  get current(): HubLink {
    return this.link;
  }

  /** The hub answered (a read or the stream opened). */
  up(): void {
    if (this.link.state !== 'online') this.set({ state: 'online', since: new Date(this.now()).toISOString() });
  }

  /** The hub cannot be reached: offline since it was last heard (kept when already offline). */
  down(lastHeardMs?: number): void {
    if (this.link.state === 'offline') return;
    this.set({ state: 'offline', since: new Date(lastHeardMs ?? this.now()).toISOString() });
  }

  /** The hub refused the store's token: nothing more to try until a new pairing. */
  revoked(): void {
    if (this.link.state !== 'revoked') this.set({ state: 'revoked', since: new Date(this.now()).toISOString() });
  }

  private set(link: HubLink): void {
    this.link = link;
    this.onChange(link);
  }
}
