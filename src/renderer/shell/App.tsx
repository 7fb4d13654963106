// The app shell: loads the panels, finds this screen's panel from the URL, and draws it.
import { useEffect } from 'react';
import { ApiError } from '../api/api-error.ts';
import { FeedPanel } from '../feed/FeedPanel.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { StatsPanel } from '../stats/StatsPanel.tsx';
import { applyBrandTheme } from './brand-theme.ts';
import { panelIdFromPath } from './panel-id.ts';
import { StatusScreen } from '../panel/StatusScreen.tsx';
import { usePanels } from './use-panels.ts';

export function App({ pathname }: { pathname: string }) {
  const loaded = usePanels();
  // The language is not known before /api/panels answers: French, the default.
  return (
    <I18nProvider language={loaded.panels?.language ?? 'fr'}>
      <AppBody pathname={pathname} {...loaded} />
    </I18nProvider>
  );
}

function AppBody({ pathname, panels, error }: { pathname: string } & ReturnType<typeof usePanels>) {
  const { t } = useI18n();
  const panelId = panelIdFromPath(pathname) ?? '';
  const panel = panels?.panels.find((p) => p.id === panelId);

  useEffect(() => {
    if (!panels) return;
    applyBrandTheme(panels.brand);
    document.documentElement.lang = panels.language;
    document.title = panel ? `${panel.title} · ${panels.brand.name}` : panels.brand.name;
  }, [panels, panel]);

  if (!panels) {
    if (!error) return <StatusScreen message={t('loading')} />;
    const authFailed = error instanceof ApiError && error.isAuth;
    return <StatusScreen message={authFailed ? t('notAuthorised') : t('cannotReachEngine')} detail={error.message} />;
  }
  if (!panel) {
    const known = panels.panels.map((p) => p.id).join(', ') || t('none');
    return <StatusScreen message={t('unknownPanel', { id: panelId, known })} />;
  }
  return panel.type === 'stats' ? (
    <StatsPanel key={panel.id} panel={panel} brand={panels.brand} />
  ) : (
    <FeedPanel key={panel.id} panel={panel} brand={panels.brand} />
  );
}
