// What the store PC's local server shows its screens (the same WallReadApi as a wall's engine): the hub's panels,
// brand and language, the posts from the local copy, the hub's statistics and sources' health, and the link to
// the hub. Before the hub was ever read (a first start with the link down), the local settings' panels and the
// figures of what is stored stand in, so the screens open on something rather than an error.
import type { AnsweringResponse } from '../../../shared/answering.ts';
import type { HealthResponse, PanelView, PanelsResponse } from '../../../shared/api-contract.ts';
import type { Post } from '../../../shared/post.ts';
import type { WallStats } from '../../../shared/stats.ts';
import type { ResolvedConfig } from '../../config/validate-config.ts';
import { answeringList } from '../../engine/answering-list.ts';
import type { ChangeFeed } from '../../engine/change-feed.ts';
import { computeStats } from '../../engine/stats-calculator.ts';
import { startOfDayMs } from '../../engine/start-of-day.ts';
import type { WallReadApi } from '../../engine/wall-read-api.ts';
import type { Store } from '../../store/store-api.ts';
import type { HubFollower } from './hub-follower.ts';

const MAX_POSTS_PER_REQUEST = 200;

export interface FollowerReadApiDeps {
  follower: HubFollower;
  store: Store;
  feed: ChangeFeed;
  /** The store PC's own settings: its language and panels until the hub is heard, its time zone. */
  local: () => ResolvedConfig;
  now: () => number;
}

export class FollowerReadApi implements WallReadApi {
  readonly feed: ChangeFeed;

  constructor(private readonly deps: FollowerReadApiDeps) {
    this.feed = deps.feed;
  }

  panels(): PanelsResponse {
    const kept = this.deps.follower.panels;
    if (kept) return kept;
    const { config } = this.deps.local();
    const panels: PanelView[] = config.panels.map((p) => ({
      id: p.id,
      title: p.title,
      type: p.type,
      networks: p.networks,
      sources: p.sources,
      demo: false,
    }));
    return { panels, brand: config.brand, language: config.language };
  }

  panel(id: string): PanelView | undefined {
    return this.panels().panels.find((p) => p.id === id);
  }

  async posts(panelId: string, limit: number): Promise<Post[] | undefined> {
    const panel = this.panel(panelId);
    if (!panel) return undefined;
    return this.deps.store.reader.newestForPanel(panel, Math.max(1, Math.min(limit, MAX_POSTS_PER_REQUEST)));
  }

  health(): HealthResponse {
    return {
      sources: this.deps.follower.sources,
      notices: this.deps.store.notices,
      link: this.deps.follower.link.current,
    };
  }

  /** The hub's figures (its own ticker computes them); the stored posts' only until the hub was heard once. */
  async stats(): Promise<WallStats> {
    const kept = this.deps.follower.stats;
    if (kept) return kept;
    const { timeZone, responseTargetMinutes, answerTargetPercent } = this.deps.local().config;
    const now = this.deps.now();
    return computeStats(this.deps.store.stats, {
      nowMs: now,
      startOfDayMs: startOfDayMs(now, timeZone),
      responseTargetSeconds: responseTargetMinutes * 60,
      answerTarget: answerTargetPercent / 100,
      hidden: 0,
      networkRatings: [],
    });
  }

  answering(): Promise<AnsweringResponse> {
    const { language, responseTargetMinutes } = this.deps.local().config;
    return answeringList(this.deps.store.stats, this.deps.now(), language, responseTargetMinutes * 60);
  }
}
