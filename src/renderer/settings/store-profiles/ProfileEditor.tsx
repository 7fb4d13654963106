// One store profile (docs/fleet.md): its name, its stores' language and brand over the hub's, and its panels.
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { addProfilePanel, type DraftProfile } from './draft-profiles.ts';
import { ProfilePanelEditor } from './ProfilePanelEditor.tsx';

interface ProfileEditorProps {
  draft: DraftConfig;
  profile: DraftProfile;
  index: number;
  errors: FieldErrors;
  set: (next: DraftProfile) => void;
  onRemove: () => void;
}

export function ProfileEditor({ draft, profile, index, errors, set, onRemove }: ProfileEditorProps) {
  const { t } = useI18n();
  const path = `storeProfiles[${index}]`;
  const headingId = `store-profile-${index}`;
  const brand = profile.brand ?? {};
  const { name: _name, ...otherBrand } = brand;
  const hubColors = draft.brand.colors;
  const panelsError = errors.get(`${path}.panels`);
  return (
    <section
      className="store-profile"
      aria-labelledby={headingId}
      data-testid="store-profile"
      data-profile={profile.id}
    >
      <h4 id={headingId}>
        {profile.name || t('settings.storeProfiles.unnamed')} <span translate="no">({profile.id})</span>
      </h4>
      <div className="store-profile__row">
        <Field
          path={`${path}.name`}
          label={t('settings.storeProfiles.name')}
          error={errors.get(`${path}.name`)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={profile.name}
              maxLength={80}
              onChange={(e) => set({ ...profile, name: e.target.value })}
            />
          )}
        </Field>
        <Field
          path={`${path}.language`}
          label={t('settings.storeProfiles.language')}
          error={errors.get(`${path}.language`)}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={profile.language ?? ''}
              onChange={(e) => {
                const { language: _language, ...rest } = profile;
                const value = e.target.value;
                set(value === 'fr' || value === 'en' ? { ...rest, language: value } : rest);
              }}
            >
              <option value="">{t('settings.storeProfiles.hubLanguage')}</option>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <Field
          path={`${path}.brand.name`}
          label={t('settings.storeProfiles.brandName')}
          help={t('settings.storeProfiles.brandNameHelp', { name: draft.brand.name })}
          error={errors.get(`${path}.brand.name`)}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={brand.name ?? ''}
              maxLength={80}
              onChange={(e) =>
                set({ ...profile, brand: e.target.value ? { ...brand, name: e.target.value } : otherBrand })
              }
            />
          )}
        </Field>
      </div>
      <div className="store-profile__row">
        <Field path={`${path}.brand.colors`} label={t('settings.storeProfiles.ownColors')} inline>
          {(control) => (
            <input
              {...control}
              type="checkbox"
              className="checkbox"
              checked={brand.colors !== undefined}
              onChange={(e) => {
                const { colors: _colors, ...noColors } = brand;
                set({ ...profile, brand: e.target.checked ? { ...brand, colors: { ...hubColors } } : noColors });
              }}
            />
          )}
        </Field>
        {brand.colors
          ? (['primary', 'accent'] as const).map((which) => (
              <Field
                key={which}
                path={`${path}.brand.colors.${which}`}
                label={t(`settings.storeProfiles.${which}`)}
                error={errors.get(`${path}.brand.colors.${which}`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="color"
                    className="input input--color"
                    value={brand.colors?.[which] ?? hubColors[which]}
                    onChange={(e) =>
                      set({
                        ...profile,
                        brand: { ...brand, colors: { ...hubColors, ...brand.colors, [which]: e.target.value } },
                      })
                    }
                  />
                )}
              </Field>
            ))
          : null}
      </div>
      <h5>{t('settings.storeProfiles.panels')}</h5>
      {panelsError ? (
        <p className="field__error" role="alert" data-field={`${path}.panels`}>
          {panelsError}
        </p>
      ) : null}
      {profile.panels.map((panel, j) => (
        <ProfilePanelEditor
          key={j}
          draft={draft}
          panel={panel}
          path={`${path}.panels[${j}]`}
          errors={errors}
          set={(next) => set({ ...profile, panels: profile.panels.map((p, k) => (k === j ? next : p)) })}
          onRemove={() => set({ ...profile, panels: profile.panels.filter((_, k) => k !== j) })}
        />
      ))}
      <div className="store-profile__actions">
        <button
          type="button"
          className="button"
          onClick={() => set(addProfilePanel(profile, t('settings.storeProfiles.newPanel')))}
        >
          {t('settings.storeProfiles.addPanel')}
        </button>
        <button type="button" className="button button--danger" onClick={onRemove}>
          {t('settings.storeProfiles.remove')}
        </button>
      </div>
    </section>
  );
}
