// The app shell: loads the panels, finds this screen's panel from the URL, and draws it.
import { useEffect } from 'react';
import { ApiError } from '../api/api-error.ts';
import { FeedPanel } from '../feed/FeedPanel.tsx';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { StatsPanel } from '../stats/StatsPanel.tsx';
import { applyBrandTheme } from './brand-theme.ts';
import { panelIdFromPath } from './panel-id.ts';
import { StatusScreen } from './StatusScreen.tsx';
import { usePanels } from './use-panels.ts';

export function App({ pathname }: { pathname: string }) {
  const { panels, error } = usePanels();
  const panelId = panelIdFromPath(pathname) ?? '';
  const panel = panels?.panels.find((p) => p.id === panelId);

  useEffect(() => {
    if (!panels) return;
    applyBrandTheme(panels.brand);
    document.documentElement.lang = panels.language;
    document.title = panel ? `${panel.title} · ${panels.brand.name}` : panels.brand.name;
  }, [panels, panel]);

  if (!panels) {
    // The language is not known before /api/panels answers: French, the default.
    const m = MESSAGES.fr;
    if (!error) return <StatusScreen message={m.loading} />;
    const authFailed = error instanceof ApiError && error.isAuth;
    return <StatusScreen message={authFailed ? m.notAuthorised : m.cannotReachEngine} detail={error.message} />;
  }

  const messages = MESSAGES[panels.language];
  return (
    <I18nProvider language={panels.language}>
      {!panel ? (
        <StatusScreen message={messages.unknownPanel(panelId, panels.panels.map((p) => p.id))} />
      ) : panel.type === 'stats' ? (
        <StatsPanel key={panel.id} panel={panel} brand={panels.brand} />
      ) : (
        <FeedPanel key={panel.id} panel={panel} brand={panels.brand} />
      )}
    </I18nProvider>
  );
}
