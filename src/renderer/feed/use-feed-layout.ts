// The feed's layout for the screen's shape: on a landscape screen a spotlight on the left and two
// columns of cards; on a portrait one no spotlight, two columns; a narrow window, one.
import { useEffect, useState } from 'react';

export interface FeedLayout {
  columns: number;
  spotlight: boolean;
}

export function layoutFor(width: number, height: number): FeedLayout {
  if (width < 900) return { columns: 1, spotlight: false };
  if (width < height * 1.2) return { columns: 2, spotlight: false };
  return { columns: 2, spotlight: true };
}

export function useFeedLayout(): FeedLayout {
  const [layout, setLayout] = useState(() => layoutFor(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () =>
      setLayout((current) => {
        const next = layoutFor(window.innerWidth, window.innerHeight);
        return next.columns === current.columns && next.spotlight === current.spotlight ? current : next;
      });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return layout;
}
