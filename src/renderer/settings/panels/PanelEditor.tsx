// One panel: what it will show (a sentence, or a warning when it would stay empty), its title, layout,
// networks, and which sources it reads — with "move to another panel".
import type { Network } from '../../../shared/post.ts';
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { replacePanel, type DraftConfig, type DraftPanel } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { NETWORKS } from '../networks.ts';
import { PanelSourcesField } from './PanelSourcesField.tsx';
import { PanelSummary } from './PanelSummary.tsx';

interface PanelEditorProps {
  draft: DraftConfig;
  panel: DraftPanel;
  index: number;
  connectors: readonly ConnectorFormView[];
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
  onMoved: (sourceId: string, toPanelId: string) => void;
}

export function PanelEditor({ draft, panel, index, connectors, errors, onChange, onMoved }: PanelEditorProps) {
  const { t } = useI18n();
  const path = `panels[${index}]`;
  const set = (next: DraftPanel) => onChange(replacePanel(draft, index, next));
  const toggleNetwork = (n: Network, on: boolean) =>
    set({ ...panel, networks: on ? [...panel.networks, n] : panel.networks.filter((x) => x !== n) });
  const headingId = `panel-heading-${index}`;
  const summaryId = `panel-summary-${index}`;
  const sourcesError = [...errors.entries()]
    .filter(([k]) => k.startsWith(`${path}.sources`))
    .map(([, m]) => m)
    .join('; ');

  return (
    <section
      className="panel-editor"
      aria-labelledby={headingId}
      aria-describedby={summaryId}
      data-testid="panel-editor"
      data-panel={panel.id}
    >
      <h3 id={headingId}>{t('settings.panels.panelLabel', { id: panel.id })}</h3>
      <PanelSummary id={summaryId} draft={draft} panel={panel} connectors={connectors} />
      <div className="panel-editor__row">
        <Field
          path={`${path}.title`}
          label={t('settings.panels.panelTitle')}
          error={errors.get(`${path}.title`)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={panel.title}
              onChange={(e) => set({ ...panel, title: e.target.value })}
            />
          )}
        </Field>
        <Field path={`${path}.type`} label={t('settings.panels.type')} error={errors.get(`${path}.type`)}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={panel.type}
              onChange={(e) => set({ ...panel, type: e.target.value === 'stats' ? 'stats' : 'feed' })}
            >
              <option value="feed">{t('settings.panels.types.feed')}</option>
              <option value="stats">{t('settings.panels.types.stats')}</option>
            </select>
          )}
        </Field>
      </div>
      {panel.type === 'feed' ? (
        <>
          <fieldset className="choice-group">
            <legend>{t('settings.panels.networks')}</legend>
            <p className="field__help">{t('settings.panels.networksHelp')}</p>
            <div className="choice-group__items">
              {NETWORKS.map((n) => (
                <label key={n} className="choice">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={panel.networks.includes(n)}
                    onChange={(e) => toggleNetwork(n, e.target.checked)}
                  />
                  {t(`networks.${n}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <PanelSourcesField
            draft={draft}
            panel={panel}
            path={path}
            connectors={connectors}
            error={sourcesError}
            errorId={`${headingId}-sources-error`}
            set={set}
            onChange={onChange}
            onMoved={onMoved}
          />
        </>
      ) : null}
    </section>
  );
}
