// One panel of a store profile: its title, its kind, and for a feed the networks and sources it shows (none
// ticked: all) — e.g. the store's own Google and Trustpilot reviews, or the brand-wide feed.
import type { Network } from '../../../shared/post.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { NETWORKS } from '../networks.ts';
import type { DraftProfilePanel } from './draft-profiles.ts';

interface ProfilePanelEditorProps {
  draft: DraftConfig;
  panel: DraftProfilePanel;
  /** e.g. "storeProfiles[0].panels[1]". */
  path: string;
  errors: FieldErrors;
  set: (next: DraftProfilePanel) => void;
  onRemove?: () => void;
}

export function ProfilePanelEditor({ draft, panel, path, errors, set, onRemove }: ProfilePanelEditorProps) {
  const { t } = useI18n();
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const errorsUnder = (prefix: string) =>
    [...errors.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, m]) => m)
      .join('; ');
  const sourcesError = errorsUnder(`${path}.sources`);
  return (
    <div className="profile-panel" data-testid="profile-panel" data-field={path}>
      <div className="profile-panel__row">
        <Field
          path={`${path}.title`}
          label={t('settings.storeProfiles.panelTitle')}
          error={errors.get(`${path}.title`)}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={panel.title}
              maxLength={80}
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
        {onRemove ? (
          <button type="button" className="button profile-panel__remove" onClick={onRemove}>
            {t('settings.storeProfiles.removePanel')}
          </button>
        ) : null}
      </div>
      {panel.type === 'feed' ? (
        <div className="profile-panel__choices">
          <fieldset className="choice-group">
            <legend>{t('settings.storeProfiles.networks')}</legend>
            <div className="choice-group__items">
              {NETWORKS.map((n: Network) => (
                <label key={n} className="choice">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={panel.networks.includes(n)}
                    onChange={(e) => set({ ...panel, networks: toggle(panel.networks, n, e.target.checked) })}
                  />
                  {t(`networks.${n}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className={`choice-group${sourcesError ? ' field--error' : ''}`}>
            <legend>{t('settings.storeProfiles.sources')}</legend>
            <div className="choice-group__items">
              {draft.sources.map((s) => (
                <label key={s.id} className="choice" translate="no">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={panel.sources.includes(s.id)}
                    onChange={(e) => set({ ...panel, sources: toggle(panel.sources, s.id, e.target.checked) })}
                  />
                  {s.id}
                </label>
              ))}
            </div>
            {sourcesError ? (
              <p className="field__error" role="alert">
                {sourcesError}
              </p>
            ) : null}
          </fieldset>
        </div>
      ) : null}
    </div>
  );
}
