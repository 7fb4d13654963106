// Branding & language: the name, the customers' hashtags and the brand's handles, the logo, colours, the
// empty state's call to action, language, the response-time target, retention and time zone.
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CallToActionFields } from './CallToActionFields.tsx';
import { LogoField } from './LogoField.tsx';
import { ColorInput } from './ColorInput.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { LanguageField } from './LanguageField.tsx';
import { ListInput } from '../fields/ListInput.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import type { SettingsEditor } from '../use-settings-editor.ts';

interface BrandingSectionProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}

interface BrandingSectionWithLogoProps extends BrandingSectionProps {
  /** The logo is saved at once: the page adopts the settings the server applied. */
  onApplied: SettingsEditor['adopt'];
}

const timeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

export function BrandingSection({ draft, errors, onChange, onApplied }: BrandingSectionWithLogoProps) {
  const { t } = useI18n();
  const brand = draft.brand;
  const setBrand = (next: Partial<DraftConfig['brand']>) => onChange({ ...draft, brand: { ...brand, ...next } });
  return (
    <section className="settings-section" aria-labelledby="section-branding" id="branding">
      <h2 id="section-branding">{t('settings.branding.title')}</h2>
      <div className="settings-grid">
        <BrandIdentityFields draft={draft} errors={errors} onChange={onChange} />
        <Field
          path="brand.colors.primary"
          label={t('settings.branding.primary')}
          help={t('settings.branding.colorHelp')}
          error={errors.get('brand.colors.primary')}
        >
          {(control) => (
            <ColorInput
              control={control}
              value={brand.colors.primary}
              pickerLabel={t('settings.branding.primary')}
              onChange={(primary) => setBrand({ colors: { ...brand.colors, primary } })}
            />
          )}
        </Field>
        <Field
          path="brand.colors.accent"
          label={t('settings.branding.accent')}
          help={t('settings.branding.colorHelp')}
          error={errors.get('brand.colors.accent')}
        >
          {(control) => (
            <ColorInput
              control={control}
              value={brand.colors.accent}
              pickerLabel={t('settings.branding.accent')}
              onChange={(accent) => setBrand({ colors: { ...brand.colors, accent } })}
            />
          )}
        </Field>
        <LogoField draft={draft} error={errors.get('brand.logo')} onApplied={onApplied} />
        <CallToActionFields draft={draft} errors={errors} onChange={onChange} />
        <LanguageField draft={draft} errors={errors} onChange={onChange} />
        <NumberField
          path="responseTargetMinutes"
          label={t('settings.branding.responseTarget')}
          help={t('settings.branding.responseTargetHelp')}
          error={errors.get('responseTargetMinutes')}
          min={1}
          value={draft.responseTargetMinutes}
          onChange={(responseTargetMinutes) => onChange({ ...draft, responseTargetMinutes })}
        />
        <NumberField
          path="retentionDays"
          label={t('settings.branding.retention')}
          help={t('settings.branding.retentionHelp')}
          error={errors.get('retentionDays')}
          min={1}
          value={draft.retentionDays}
          onChange={(retentionDays) => onChange({ ...draft, retentionDays })}
        />
        <Field
          path="timeZone"
          label={t('settings.branding.timeZone')}
          help={t('settings.branding.timeZoneHelp')}
          error={errors.get('timeZone')}
        >
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                list="time-zones"
                spellCheck={false}
                value={draft.timeZone ?? ''}
                onChange={(e) => {
                  const { timeZone: _drop, ...rest } = draft;
                  onChange(e.target.value.trim() === '' ? rest : { ...rest, timeZone: e.target.value.trim() });
                }}
              />
              <datalist id="time-zones">
                {timeZones().map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
    </section>
  );
}

/** Name, hashtags and handles: shared with the guided setup's first step. */
export function BrandIdentityFields({ draft, errors, onChange }: BrandingSectionProps) {
  const { t } = useI18n();
  const brand = draft.brand;
  const setBrand = (next: Partial<DraftConfig['brand']>) => onChange({ ...draft, brand: { ...brand, ...next } });
  const listError = (key: 'hashtags' | 'handles') =>
    [...errors.entries()]
      .filter(([k]) => k === `brand.${key}` || k.startsWith(`brand.${key}[`))
      .map(([, m]) => m)
      .join('; ') || undefined;
  return (
    <>
      <Field path="brand.name" label={t('settings.branding.name')} error={errors.get('brand.name')} required>
        {(control) => (
          <input
            {...control}
            className="input"
            value={brand.name}
            onChange={(e) => setBrand({ name: e.target.value })}
          />
        )}
      </Field>
      <Field
        path="brand.hashtags"
        label={t('settings.branding.hashtags')}
        help={t('settings.branding.hashtagsHelp')}
        error={listError('hashtags')}
      >
        {(control) => (
          <ListInput control={control} value={brand.hashtags} onChange={(hashtags) => setBrand({ hashtags })} />
        )}
      </Field>
      <Field
        path="brand.handles"
        label={t('settings.branding.handles')}
        help={t('settings.branding.handlesHelp')}
        error={listError('handles')}
      >
        {(control) => (
          <ListInput control={control} value={brand.handles} onChange={(handles) => setBrand({ handles })} />
        )}
      </Field>
    </>
  );
}
