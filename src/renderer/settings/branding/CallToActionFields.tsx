// The empty state's call to action: a line of text and where the QR code points (else the hashtag's page).
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';

type CallToAction = NonNullable<DraftConfig['brand']['callToAction']>;

interface CallToActionFieldsProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}

/** The draft with one call-to-action value set, or removed when empty (and the object with it). */
export function withCallToAction(draft: DraftConfig, key: keyof CallToAction, value: string): DraftConfig {
  const { callToAction, ...brand } = draft.brand;
  const { [key]: _drop, ...rest } = callToAction ?? {};
  const next: CallToAction = value.trim() === '' ? rest : { ...rest, [key]: value };
  return { ...draft, brand: Object.keys(next).length > 0 ? { ...brand, callToAction: next } : brand };
}

export function CallToActionFields({ draft, errors, onChange }: CallToActionFieldsProps) {
  const { t } = useI18n();
  const cta = draft.brand.callToAction;
  return (
    <>
      <Field
        path="brand.callToAction.text"
        label={t('settings.logo.ctaText')}
        help={t('settings.logo.ctaTextHelp')}
        error={errors.get('brand.callToAction.text')}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={120}
            value={cta?.text ?? ''}
            onChange={(e) => onChange(withCallToAction(draft, 'text', e.target.value))}
          />
        )}
      </Field>
      <Field
        path="brand.callToAction.qrUrl"
        label={t('settings.logo.ctaQrUrl')}
        help={t('settings.logo.ctaQrUrlHelp')}
        error={errors.get('brand.callToAction.qrUrl')}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://"
            value={cta?.qrUrl ?? ''}
            onChange={(e) => onChange(withCallToAction(draft, 'qrUrl', e.target.value))}
          />
        )}
      </Field>
    </>
  );
}
