// The wall's language (French or English): the screens and these settings follow it.
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';

export function LanguageField({
  draft,
  errors,
  onChange,
}: {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}) {
  const { t } = useI18n();
  return (
    <Field path="language" label={t('settings.branding.language')} error={errors.get('language')}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={draft.language}
          onChange={(e) => onChange({ ...draft, language: e.target.value === 'en' ? 'en' : 'fr' })}
        >
          <option value="fr" lang="fr">
            {t('settings.branding.languages.fr')}
          </option>
          <option value="en" lang="en">
            {t('settings.branding.languages.en')}
          </option>
        </select>
      )}
    </Field>
  );
}
