// One panel: its title, layout, networks, and which sources it shows — with "move to another panel".
import type { Network } from '../../../shared/post.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { moveSource, panelSourceIds, replacePanel, type DraftConfig, type DraftPanel } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { NETWORKS } from '../networks.ts';

interface PanelEditorProps {
  draft: DraftConfig;
  panel: DraftPanel;
  index: number;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
  onMoved: (sourceId: string, toPanelId: string) => void;
}

export function PanelEditor({ draft, panel, index, errors, onChange, onMoved }: PanelEditorProps) {
  const { t } = useI18n();
  const path = `panels[${index}]`;
  const set = (next: DraftPanel) => onChange(replacePanel(draft, index, next));
  const toggleNetwork = (n: Network, on: boolean) =>
    set({ ...panel, networks: on ? [...panel.networks, n] : panel.networks.filter((x) => x !== n) });
  const shown = panelSourceIds(draft, panel);
  const others = draft.panels.filter((p) => p.id !== panel.id);
  const headingId = `panel-heading-${index}`;
  const sourcesError = [...errors.entries()]
    .filter(([k]) => k.startsWith(`${path}.sources`))
    .map(([, m]) => m)
    .join('; ');

  return (
    <section className="panel-editor" aria-labelledby={headingId} data-testid="panel-editor" data-panel={panel.id}>
      <h3 id={headingId}>{t('settings.panels.panelLabel', { id: panel.id })}</h3>
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
          <fieldset className="choice-group" aria-describedby={sourcesError ? `${headingId}-sources-error` : undefined}>
            <legend>{t('settings.panels.sources')}</legend>
            <div className="choice-group__items">
              <label className="choice">
                <input
                  type="radio"
                  name={`${path}-all`}
                  checked={panel.sources.length === 0}
                  onChange={() => set({ ...panel, sources: [] })}
                />
                {t('settings.panels.allSources')}
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${path}-all`}
                  checked={panel.sources.length > 0}
                  onChange={() => set({ ...panel, sources: shown })}
                />
                {t('settings.panels.chosenSources')}
              </label>
            </div>
            <ul className="panel-sources">
              {draft.sources.map((s) => {
                const included = shown.includes(s.id);
                return (
                  <li key={s.id} className="panel-sources__item" data-testid="panel-source" data-source={s.id}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        className="checkbox"
                        checked={included}
                        disabled={panel.sources.length === 0}
                        onChange={(e) =>
                          set({
                            ...panel,
                            sources: e.target.checked
                              ? [...panel.sources, s.id]
                              : panel.sources.filter((id) => id !== s.id),
                          })
                        }
                      />
                      {s.id}
                    </label>
                    {included && others.length > 0 && shown.length > 1 ? (
                      <select
                        className="input input--compact"
                        aria-label={t('settings.panels.moveTo', { source: s.id })}
                        value=""
                        onChange={(e) => {
                          if (!e.target.value) return;
                          onChange(moveSource(draft, s.id, panel.id, e.target.value));
                          onMoved(s.id, e.target.value);
                        }}
                      >
                        <option value="">{t('settings.panels.moveChoose')}</option>
                        {others.map((p) => (
                          <option key={p.id} value={p.id}>
                            {t('settings.panels.moveToPanel', { id: p.id, title: p.title })}
                          </option>
                        ))}
                      </select>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {sourcesError ? (
              <p className="field__error" id={`${headingId}-sources-error`}>
                {sourcesError}
              </p>
            ) : null}
          </fieldset>
        </>
      ) : null}
    </section>
  );
}
