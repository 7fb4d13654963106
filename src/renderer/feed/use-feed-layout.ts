// How many card columns the screen holds: cards about a third of a landscape screen wide, never
// narrower than a phone-sized column (portrait screens get two).
import { useEffect, useState } from 'react';

const MIN_COLUMN_PX = 380;

export function columnsFor(width: number): number {
  return Math.max(1, Math.min(4, Math.floor(width / Math.max(width * 0.3, MIN_COLUMN_PX))));
}

export function useColumnCount(): number {
  const [columns, setColumns] = useState(() => columnsFor(window.innerWidth));
  useEffect(() => {
    const update = () => setColumns(columnsFor(window.innerWidth));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return columns;
}
