// Which view the page shows: the address's #fragment (so Back, reload and a bookmark keep it), else the
// first view. Going to another view is a new history entry.
import { useCallback, useEffect, useState } from 'react';
import type { SettingsView } from './settings-views.tsx';

function fromHash(views: readonly SettingsView[]): SettingsView {
  const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  return views.find((v) => v.id === id) ?? (views[0] as SettingsView);
}

export function useCurrentView(views: readonly SettingsView[]): {
  view: SettingsView;
  show: (id: string) => void;
} {
  const [view, setView] = useState(() => fromHash(views));
  useEffect(() => {
    const follow = () => setView(fromHash(views));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [views]);
  const show = useCallback(
    (id: string) => {
      const next = views.find((v) => v.id === id);
      if (!next) return;
      if (window.location.hash !== `#${id}`) window.history.pushState(null, '', `#${id}`);
      setView(next);
    },
    [views],
  );
  return { view, show };
}
