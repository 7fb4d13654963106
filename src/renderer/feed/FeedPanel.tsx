// A feed panel, read from across the hall: a spotlight with the newest (or, when quiet, a recent) post,
// large, beside (or above) a few cards of the latest posts; new posts arrive with a calm highlight, pushed
// cards glide. Each post shows once: the spotlit one is out of the cards while it is spotlit.
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
import { DEFAULT_PACING } from './stage-pacing.ts';
import { SpotlightCard } from './SpotlightCard.tsx';
import { useFeedLayout } from './use-feed-layout.ts';
import { useFeedPosts } from './use-feed-posts.ts';
import { useFlip } from './use-flip.ts';
import { useStage } from './use-stage.ts';
import './feed.css';

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
  const layout = useFeedLayout(panel.density ?? 'hall');
  const pacing = useMemo(
    () => ({ ...DEFAULT_PACING, holdMs: (panel.spotlightSeconds ?? DEFAULT_PACING.holdMs / 1000) * 1000 }),
    [panel.spotlightSeconds],
  );
  const items = useMemo(() => arrangeFeed(feed.posts), [feed.posts]);
  const { spotlightKey, spotlightSince, waiting, fresh } = useStage(items, feed.arrivals, pacing);
  const { spotlight, cards } = useMemo(
    () => selectFeed(items, { spotlightKey, waiting }, layout),
    [items, spotlightKey, waiting, layout],
  );
  const cardsRef = useRef<HTMLDivElement>(null);
  useFlip(cardsRef, cards);

  const classes = ['feed', `feed--${layout.shape}`, `feed--${layout.density}`, spotlight && 'feed--with-spotlight']
    .filter(Boolean)
    .join(' ');

  return (
    <PanelFrame
      panel={panel}
      brand={brand}
      health={sourcesForPanel(panel, health.sources.values())}
      status={stream.status}
      link={health.link}
    >
      {!feed.loaded && items.length === 0 ? (
        <StatusScreen message={t('loading')} />
      ) : items.length === 0 ? (
        <EmptyFeed panel={panel} brand={brand} />
      ) : (
        <div className={classes} data-testid="feed" data-shape={layout.shape} data-density={layout.density}>
          {spotlight ? (
            <div className="feed__spotlight" data-since={spotlightSince}>
              <SpotlightCard
                key={spotlight.post.key}
                item={spotlight}
                brand={brand}
                now={now}
                fresh={fresh.has(spotlight.post.key)}
              />
            </div>
          ) : null}
          <div className="feed__cards" ref={cardsRef} data-testid="feed-cards">
            {cards.map((item) => (
              <PostCard key={item.post.key} item={item} brand={brand} now={now} fresh={fresh.has(item.post.key)} />
            ))}
          </div>
        </div>
      )}
    </PanelFrame>
  );
}
