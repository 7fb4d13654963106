// The options form of one source, generated from its connector's JSON Schema: the essential fields first
// (required, or explained by the connector), the tuning ones folded under "Advanced settings".
import { hasErrorsUnder, type FieldErrors } from '../fields/field-errors.ts';
import { isEssential, schemaFields } from './json-schema-fields.ts';
import { SchemaFieldInput } from './SchemaFieldInput.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import './schema-form.css';

interface SchemaFormProps {
  schema: Record<string, unknown>;
  /** e.g. "sources[1].options": the prefix of the server's error paths. */
  pathPrefix: string;
  values: Record<string, unknown>;
  /** The options as the server sent them (masks of the stored secrets). */
  stored: Record<string, unknown>;
  errors: FieldErrors;
  onChange: (next: Record<string, unknown>) => void;
}

export function SchemaForm({ schema, pathPrefix, values, stored, errors, onChange }: SchemaFormProps) {
  const { t, language } = useI18n();
  const fields = schemaFields(schema, language);
  const set = (key: string, next: unknown) => {
    const copy = { ...values };
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    onChange(copy);
  };
  const render = (essential: boolean) =>
    fields
      .filter((f) => isEssential(f) === essential)
      .map((f) => {
        const path = `${pathPrefix}.${f.key}`;
        return (
          <SchemaFieldInput
            key={f.key}
            field={f}
            path={path}
            value={values[f.key]}
            stored={stored[f.key]}
            error={errors.get(path)}
            errors={errors}
            onChange={(next) => set(f.key, next)}
          />
        );
      });
  const advanced = fields.filter((f) => !isEssential(f));
  const advancedHasError = advanced.some((f) => hasErrorsUnder(errors, `${pathPrefix}.${f.key}`));
  return (
    <div className="schema-form">
      {render(true)}
      {advanced.length ? (
        <details className="schema-form__advanced" open={advancedHasError || undefined}>
          <summary>{t('settings.advanced')}</summary>
          {render(false)}
        </details>
      ) : null}
    </div>
  );
}
