// Which sources a feed panel reads: every source (those added later too), or only the ones ticked. Each source
// line says which networks it publishes on (or that it brings nothing to this panel's networks), and offers
// to move it to another panel.
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { moveSource, panelSourceIds, type DraftConfig, type DraftPanel } from '../draft-config.ts';
import { NETWORKS } from '../networks.ts';

interface PanelSourcesFieldProps {
  draft: DraftConfig;
  panel: DraftPanel;
  /** e.g. "panels[0]". */
  path: string;
  connectors: readonly ConnectorFormView[];
  error: string;
  errorId: string;
  set: (next: DraftPanel) => void;
  onChange: (next: DraftConfig) => void;
  onMoved: (sourceId: string, toPanelId: string) => void;
}

export function PanelSourcesField(props: PanelSourcesFieldProps) {
  const { draft, panel, path, connectors, error, errorId, set, onChange, onMoved } = props;
  const { t, language } = useI18n();
  const every = panel.sources.length === 0;
  const shown = panelSourceIds(draft, panel);
  const others = draft.panels.filter((p) => p.id !== panel.id);
  const networksOf = (type: string) => connectors.find((c) => c.type === type)?.networks ?? [];
  const panelNetworks = panel.networks.length ? panel.networks : NETWORKS;
  const names = (type: string) =>
    new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(
      networksOf(type).map((n) => t(`networks.${n}`)),
    );
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend>{t('settings.panels.sources')}</legend>
      <div className="choice-group__items choice-group__items--column">
        <label className="choice">
          <input type="radio" name={`${path}-all`} checked={every} onChange={() => set({ ...panel, sources: [] })} />
          {t('settings.panels.allSources')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${path}-all`}
            checked={!every}
            onChange={() => set({ ...panel, sources: shown })}
          />
          {t('settings.panels.chosenSources')}
        </label>
      </div>
      <ul className="panel-sources">
        {draft.sources
          .filter((s) => s.type !== '')
          .map((s) => {
            const included = shown.includes(s.id);
            const bringsNothing = !networksOf(s.type).some((n) => panelNetworks.includes(n));
            const name = (
              <>
                <span className="panel-sources__id" translate="no">
                  {s.id}
                </span>{' '}
                <span className="panel-sources__networks">
                  {names(s.type)}
                  {bringsNothing ? ` — ${t('settings.panels.bringsNothing')}` : null}
                </span>
              </>
            );
            return (
              <li
                key={s.id}
                className={`panel-sources__item${bringsNothing ? ' panel-sources__item--none' : ''}`}
                data-testid="panel-source"
                data-source={s.id}
              >
                {every ? (
                  <span className="panel-sources__name">{name}</span>
                ) : (
                  <label className="choice panel-sources__name">
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={included}
                      onChange={(e) =>
                        set({
                          ...panel,
                          sources: e.target.checked
                            ? [...panel.sources, s.id]
                            : panel.sources.filter((id) => id !== s.id),
                        })
                      }
                    />
                    <span>{name}</span>
                  </label>
                )}
                {included && !bringsNothing && others.length > 0 && shown.length > 1 ? (
                  <select
                    className="input input--compact panel-sources__move"
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
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
