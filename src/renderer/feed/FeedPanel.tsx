// A feed panel: a spotlight with the newest (or, when quiet, a recent) post, large, beside columns of
// the latest posts; new posts arrive on top with a calm highlight, pushed cards glide. Each post shows
// once: the spotlit one is out of the columns while it is spotlit (feed-selection.ts).
import { useMemo, useRef } from 'react';
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useWallEvents } from '../api/use-wall-events.ts';
import { sourcesForPanel } from '../health/sources-for-panel.ts';
import { useSourceHealth } from '../health/use-source-health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PanelFrame } from '../panel/PanelFrame.tsx';
import { StatusScreen } from '../panel/StatusScreen.tsx';
import { useNow } from '../time/use-now.ts';
import { EmptyFeed } from './EmptyFeed.tsx';
import { selectFeed } from './feed-selection.ts';
import { arrangeFeed } from './post-collection.ts';
import { PostCard } from './PostCard.tsx';
import { SpotlightCard } from './SpotlightCard.tsx';
import { NO_COLUMNS } from './sticky-columns.ts';
import { useFeedLayout } from './use-feed-layout.ts';
import { useFeedPosts } from './use-feed-posts.ts';
import { useFlip } from './use-flip.ts';
import { useSpotlight } from './use-spotlight.ts';
import './feed.css';

/** Cards mounted per column at most: more would sit below the screen's edge and only cost DOM nodes. */
const CARDS_PER_COLUMN = 6;
/** A live arrival keeps its highlight this long (the CSS fades it out over the same time). */
const FRESH_MS = 12_000;

export function FeedPanel({ panel, brand }: { panel: PanelView; brand: Brand }) {
  const { t } = useI18n();
  // The stream comes first because its epoch drives the fetches below; its handler only runs on
  // events, after this render has defined `feed` and `health`.
  const stream = useWallEvents(panel.id, (event) => {
    feed.apply(event);
    health.apply(event);
  });
  const feed = useFeedPosts(panel.id, stream.epoch);
  const health = useSourceHealth(stream.epoch);
  const now = useNow(15_000);
  const layout = useFeedLayout();
  const memory = useRef(NO_COLUMNS);
  const items = useMemo(() => arrangeFeed(feed.posts), [feed.posts]);
  const spotlightKey = useSpotlight(items, feed.arrivals);
  const { spotlight: spotlightItem, columns } = useMemo(() => {
    const selection = selectFeed({ items, spotlightKey, layout, perColumn: CARDS_PER_COLUMN, memory: memory.current });
    memory.current = selection.memory;
    return selection;
  }, [items, spotlightKey, layout]);
  const gridRef = useRef<HTMLDivElement>(null);
  useFlip(gridRef, columns);

  const freshSince = Date.now() - FRESH_MS;
  const fresh = new Set(feed.arrivals.filter((a) => a.at >= freshSince).map((a) => a.key));

  return (
    <PanelFrame
      panel={panel}
      brand={brand}
      health={sourcesForPanel(panel, health.sources.values())}
      status={stream.status}
    >
      {!feed.loaded && items.length === 0 ? (
        <StatusScreen message={t('loading')} />
      ) : items.length === 0 ? (
        <EmptyFeed panel={panel} brand={brand} />
      ) : (
        <div className={`feed${spotlightItem ? ' feed--with-spotlight' : ''}`} data-testid="feed">
          {spotlightItem ? (
            <div className="feed__spotlight">
              <SpotlightCard
                key={spotlightItem.post.key}
                item={spotlightItem}
                brand={brand}
                now={now}
                fresh={fresh.has(spotlightItem.post.key)}
              />
            </div>
          ) : null}
          <div className="feed__grid" ref={gridRef}>
            {columns.map((column, index) => (
              <div className="feed__column" key={index}>
                {column.map(({ item }) => (
                  <PostCard key={item.post.key} item={item} brand={brand} now={now} fresh={fresh.has(item.post.key)} />
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </PanelFrame>
  );
}
