// The feed's arrangement (feed-layout.ts) for the window's size, followed as it changes.
import { useEffect, useState } from 'react';
import type { FeedDensity } from '../../shared/config.ts';
import { layoutFor, type FeedLayout } from './feed-layout.ts';

export function useFeedLayout(density: FeedDensity): FeedLayout {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const update = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  const next = layoutFor(size.width, size.height, density);
  const [layout, setLayout] = useState(next);
  const changed = next.shape !== layout.shape || next.cards !== layout.cards || next.density !== layout.density;
  if (changed) setLayout(next);
  return changed ? next : layout;
}
