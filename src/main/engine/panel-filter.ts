// Which posts a panel shows: its networks (empty = all) and its sources (empty = all).
import type { Post } from '../../shared/post.ts';
import type { PanelFilter } from '../store/store-api.ts';

export function matchesPanel(post: Pick<Post, 'network' | 'sourceId'>, filter: PanelFilter): boolean {
  return (
    (filter.networks.length === 0 || filter.networks.includes(post.network)) &&
    (filter.sources.length === 0 || filter.sources.includes(post.sourceId))
  );
}
