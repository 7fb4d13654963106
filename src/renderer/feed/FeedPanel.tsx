// A feed panel: the newest posts of its networks, live.
import { useMemo } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useWallEvents } from '../api/use-wall-events.ts';
import { sourcesForPanel } from '../health/sources-for-panel.ts';
import { useSourceHealth } from '../health/use-source-health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PanelFrame } from '../panel/PanelFrame.tsx';
import { StatusScreen } from '../shell/StatusScreen.tsx';
import { useNow } from '../time/use-now.ts';
import { EmptyFeed } from './EmptyFeed.tsx';
import { distribute, estimateLines } from './masonry.ts';
import { arrangeFeed } from './post-collection.ts';
import { PostCard } from './PostCard.tsx';
import { useColumnCount } from './use-column-count.ts';
import { useFeedPosts } from './use-feed-posts.ts';
import './feed.css';

export function FeedPanel({ panel, brand }: { panel: PanelView; brand: Brand }) {
  const { messages } = useI18n();
  // The stream comes first because its epoch drives the fetches below; its handler only runs on
  // events, after this render has defined `feed` and `health`.
  const stream = useWallEvents(panel.id, (event) => {
    feed.apply(event);
    health.apply(event);
  });
  const feed = useFeedPosts(panel.id, stream.epoch);
  const health = useSourceHealth(stream.epoch);
  const now = useNow(15_000);
  const columnCount = useColumnCount();
  const columns = useMemo(() => {
    const ranked = arrangeFeed(feed.posts).map((item, rank) => ({ item, rank }));
    return distribute(ranked, columnCount, (r) => estimateLines(r.item));
  }, [feed.posts, columnCount]);
  const empty = columns.every((c) => c.length === 0);
  const hashtag = brand.hashtags[0] ? `#${brand.hashtags[0].replace(/^#/, '')}` : undefined;

  return (
    <PanelFrame panel={panel} brand={brand} health={sourcesForPanel(panel, health.sources.values())} status={stream.status}>
      {!feed.loaded ? (
        <StatusScreen message={messages.loading} />
      ) : empty ? (
        <EmptyFeed hashtag={hashtag} />
      ) : (
        <div className="feed" data-testid="feed">
          {columns.map((column, index) => (
            <div className="feed__column" key={index}>
              {column.map(({ item, rank }) => (
                <PostCard key={item.post.key} item={item} rank={rank} brand={brand} now={now} />
              ))}
            </div>
          ))}
        </div>
      )}
    </PanelFrame>
  );
}
