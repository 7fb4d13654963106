// One sentence at the top of a panel's card: what the screen will show, from the draft — or, in the warning's
// colours, that it will stay empty and what to do about it.
import type { Network } from '../../../shared/post.ts';
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig, DraftPanel } from '../draft-config.ts';
import { NETWORKS } from '../networks.ts';
import { panelContent } from './panel-content.ts';

interface PanelSummaryProps {
  id: string;
  draft: DraftConfig;
  panel: DraftPanel;
  connectors: readonly ConnectorFormView[];
}

export function PanelSummary({ id, draft, panel, connectors }: PanelSummaryProps) {
  const { t, language } = useI18n();
  const list = (items: string[]) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  const names = (networks: Network[]) => list(networks.map((n) => t(`networks.${n}`)));
  const quoted = (ids: string[]) => list(ids.map((s) => (language === 'fr' ? `« ${s} »` : `“${s}”`)));
  const content = panelContent(draft, panel, connectors);
  const every = content.kind !== 'stats' && content.networks.length === NETWORKS.length;

  if (content.kind === 'empty') {
    const networks = every ? t('settings.panels.anyNetwork') : names(content.networks);
    return (
      <p id={id} className="panel-summary panel-summary--empty" data-testid="panel-summary" data-empty="">
        <strong>{t('settings.panels.willBeEmpty')}</strong> {t(`settings.panels.emptyWhy.${content.why}`, { networks })}
      </p>
    );
  }
  // The networks that will really come: those of its sources, within its own.
  const coming =
    content.kind === 'feed' ? NETWORKS.filter((n) => content.sources.some((s) => s.networks.includes(n))) : [];
  return (
    <p id={id} className="panel-summary" data-testid="panel-summary">
      {content.kind === 'stats'
        ? t('settings.panels.willShowStats')
        : t('settings.panels.willShow', {
            networks: names(coming),
            sources: quoted(content.sources.map((s) => s.id)),
          })}
    </p>
  );
}
