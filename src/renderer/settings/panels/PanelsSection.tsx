// Panels: what each screen shows, and from which sources; then the screens (order, fewer or more displays).
import { useState } from 'react';
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import type { FieldErrors } from '../fields/field-errors.ts';
import { PanelEditor } from './PanelEditor.tsx';
import { ScreensEditor } from './ScreensEditor.tsx';
import './panels.css';

interface PanelsSectionProps {
  draft: DraftConfig;
  /** Which networks each source type publishes on: what each panel will show. */
  connectors: readonly ConnectorFormView[];
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
  /** The guided setup shows the panels without the section's heading. */
  bare?: boolean;
  /** On the kiosk: the Screens part offers "Identify screens". */
  canIdentifyScreens?: boolean;
}

export function PanelsSection({
  draft,
  connectors,
  errors,
  onChange,
  bare = false,
  canIdentifyScreens = false,
}: PanelsSectionProps) {
  const { t } = useI18n();
  const [moved, setMoved] = useState<string | undefined>(undefined);
  const editors = (
    <div className="panels-grid">
      {draft.panels.map((panel, i) => (
        <PanelEditor
          key={i}
          draft={draft}
          panel={panel}
          index={i}
          connectors={connectors}
          errors={errors}
          onChange={onChange}
          onMoved={(source, id) => setMoved(t('settings.panels.moved', { source, id }))}
        />
      ))}
    </div>
  );
  const status = (
    <p className="settings-note" role="status">
      {moved ?? ''}
    </p>
  );
  if (bare) {
    return (
      <>
        {editors}
        {status}
      </>
    );
  }
  return (
    <section className="settings-section" aria-labelledby="section-panels" id="panels">
      <h2 id="section-panels">{t('settings.panels.title')}</h2>
      <p className="settings-section__intro">{t('settings.panels.intro')}</p>
      {editors}
      {status}
      <ScreensEditor draft={draft} errors={errors} onChange={onChange} canIdentify={canIdentifyScreens} />
    </section>
  );
}
