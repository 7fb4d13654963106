// What the local server may see of the engine: reads and the change feed, nothing that writes.
import type { AnsweringResponse } from '../../shared/answering.ts';
import type { HealthResponse, PanelView, PanelsResponse } from '../../shared/api-contract.ts';
import type { Post } from '../../shared/post.ts';
import type { WallStats } from '../../shared/stats.ts';
import type { ChangeFeed } from './change-feed.ts';

export interface WallReadApi {
  panels(): PanelsResponse;
  panel(id: string): PanelView | undefined;
  /** Newest posts of a panel; undefined when there is no such panel. */
  posts(panelId: string, limit: number): Promise<Post[] | undefined>;
  health(): HealthResponse;
  stats(): Promise<WallStats>;
  /** The customers waiting for an answer, oldest first (the answering page, admin only). */
  answering(): Promise<AnsweringResponse>;
  feed: Pick<ChangeFeed, 'events$' | 'resume'>;
}
