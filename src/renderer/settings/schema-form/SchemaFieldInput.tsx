// One generated field of a connector's options form: the input its JSON Schema type calls for.
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Field } from '../fields/Field.tsx';
import { DATA, TextWithData } from '../fields/TextWithData.tsx';
import { NO_ERRORS, type FieldErrors } from '../fields/field-errors.ts';
import type { SchemaField } from './json-schema-fields.ts';
import { ListInput } from '../fields/ListInput.tsx';
import { ObjectListInput } from './ObjectListInput.tsx';
import { SecretInput } from './SecretInput.tsx';

interface SchemaFieldInputProps {
  field: SchemaField;
  path: string;
  value: unknown;
  stored: unknown;
  error: string | undefined;
  /** All the server's errors: a list of objects shows each item's next to its own fields. */
  errors?: FieldErrors;
  onChange: (next: unknown) => void;
}

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function defaultText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length ? value.join(', ') : undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // Anything else (an object default, null) shows as JSON, not "[object Object]".
  return JSON.stringify(value);
}

export function SchemaFieldInput({ field, path, value, stored, error, errors, onChange }: SchemaFieldInputProps) {
  const { t } = useI18n();
  const def = field.kind === 'boolean' || field.kind === 'secret' ? undefined : defaultText(field.defaultValue);
  const words = [field.description, field.kind === 'list' ? t('settings.onePerLine') : undefined]
    .filter(Boolean)
    .join(' ');
  // The default is a value (the connector's, in its own words): data, not the page's words.
  const help =
    def === undefined ? (
      words || undefined
    ) : (
      <>
        {words ? `${words} ` : null}
        <TextWithData text={t('settings.defaultValue', { value: DATA })} data={def} />
      </>
    );
  const common = { path, label: field.label, help, error, required: field.required };

  switch (field.kind) {
    case 'objects':
      return (
        <ObjectListInput
          field={field}
          path={path}
          value={value}
          stored={stored}
          error={error}
          errors={errors ?? NO_ERRORS}
          help={common.help}
          onChange={onChange}
        />
      );
    case 'secret':
      return (
        <Field {...common}>
          {(control) => <SecretInput control={control} value={value} stored={stored} onChange={onChange} />}
        </Field>
      );
    case 'boolean': {
      const checked = typeof value === 'boolean' ? value : field.defaultValue === true;
      return (
        <Field {...common} inline>
          {(control) => (
            <input
              {...control}
              className="checkbox"
              type="checkbox"
              checked={checked}
              onChange={(e) => onChange(e.target.checked)}
            />
          )}
        </Field>
      );
    }
    case 'enum':
      return (
        <Field {...common}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
            >
              {field.required ? null : <option value="">{t('settings.defaultOption')}</option>}
              {field.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'list':
      return (
        <Field {...common}>
          {(control) => (
            <ListInput
              control={control}
              value={asStrings(value)}
              onChange={(next) => onChange(next.length ? next : undefined)}
            />
          )}
        </Field>
      );
    case 'number':
    case 'integer':
      return (
        <Field {...common}>
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
              step={field.kind === 'integer' ? 1 : 'any'}
              min={field.minimum}
              max={field.maximum}
              placeholder={def}
              // Its placeholder is the default value: data, like its value.
              translate="no"
              value={typeof value === 'number' || typeof value === 'string' ? value : ''}
              onChange={(e) =>
                onChange(
                  e.target.value === ''
                    ? undefined
                    : Number.isNaN(e.target.valueAsNumber)
                      ? e.target.value
                      : e.target.valueAsNumber,
                )
              }
            />
          )}
        </Field>
      );
    default:
      return (
        <Field {...common}>
          {(control) => (
            <input
              {...control}
              className="input"
              type={field.kind === 'url' ? 'url' : 'text'}
              spellCheck={false}
              placeholder={def}
              // Its placeholder is the default value: data, like its value.
              translate="no"
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
            />
          )}
        </Field>
      );
  }
}
