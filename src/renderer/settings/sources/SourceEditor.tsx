// The form of one source: its network (for a new one), id, read interval, the options form generated from
// its connector's schema, and "Test connection".
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftSource } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { schemaFields } from '../schema-form/json-schema-fields.ts';
import { SchemaForm } from '../schema-form/SchemaForm.tsx';
import { secretKeys, storedFor, withStoredMasks } from '../schema-form/secret-masks.ts';
import { connectorName } from './connector-name.ts';
import { TestConnection } from './TestConnection.tsx';
import './sources.css';

interface SourceEditorProps {
  source: DraftSource;
  /** e.g. "sources[2]": where the server's errors for this source point. */
  path: string;
  connectors: readonly ConnectorFormView[];
  /** The source as last saved (masks of its stored secrets), when it exists. */
  stored: DraftSource | undefined;
  errors: FieldErrors;
  isNew: boolean;
  onChange: (next: DraftSource) => void;
  onTested?: (ok: boolean) => void;
}

export function SourceEditor({
  source,
  path,
  connectors,
  stored,
  errors,
  isNew,
  onChange,
  onTested,
}: SourceEditorProps) {
  const { t, language } = useI18n();
  const connector = connectors.find((c) => c.type === source.type);
  // A field the Test refuses, named as the form names it.
  const labelOf = (field: string): string => {
    const key = /^source\.options\.([^.[]+)/.exec(field)?.[1];
    if (key && connector)
      return schemaFields(connector.optionsSchema, language).find((f) => f.key === key)?.label ?? key;
    if (field === 'source.id') return t('settings.sources.id');
    if (field === 'source.pollSeconds') return t('settings.sources.pollSeconds');
    return field.replace(/^source\.(options\.)?/, '');
  };
  // The demo is what the first start shows, not an account to add.
  const choosable = connectors.filter((c) => c.type !== 'demo' || c.type === source.type);
  return (
    <div className="source-editor">
      {isNew ? (
        <Field path={`${path}.type`} label={t('settings.sources.type')} error={errors.get(`${path}.type`)} required>
          {(control) => (
            <select
              {...control}
              className="input"
              value={source.type}
              onChange={(e) => onChange({ ...source, type: e.target.value, options: {} })}
            >
              <option value="">{t('settings.sources.chooseType')}</option>
              {choosable.map((c) => {
                const name = connectorName(c, t);
                return (
                  <option key={c.type} value={c.type} lang={name.lang}>
                    {name.text}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
      ) : null}
      {connector ? (
        <>
          <div className="source-editor__row">
            <Field
              path={`${path}.id`}
              label={t('settings.sources.id')}
              help={t('settings.sources.idHelp')}
              error={errors.get(`${path}.id`)}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  spellCheck={false}
                  value={source.id}
                  onChange={(e) => onChange({ ...source, id: e.target.value })}
                />
              )}
            </Field>
            <Field
              path={`${path}.pollSeconds`}
              label={t('settings.sources.pollSeconds')}
              help={t('settings.sources.pollHelp', {
                default: connector.defaultPollSeconds,
                min: connector.minPollSeconds,
              })}
              error={errors.get(`${path}.pollSeconds`)}
            >
              {(control) => (
                <input
                  {...control}
                  className="input input--number"
                  type="number"
                  min={connector.minPollSeconds}
                  placeholder={String(connector.defaultPollSeconds)}
                  value={source.pollSeconds ?? ''}
                  onChange={(e) => {
                    const { pollSeconds: _drop, ...rest } = source;
                    onChange(e.target.value === '' ? rest : { ...rest, pollSeconds: e.target.valueAsNumber });
                  }}
                />
              )}
            </Field>
          </div>
          <fieldset className="source-editor__options">
            <legend>{t('settings.sources.options')}</legend>
            <SchemaForm
              schema={connector.optionsSchema}
              pathPrefix={`${path}.options`}
              values={source.options}
              stored={storedFor(source.options, stored, source.type) ?? {}}
              errors={errors}
              // A changed API address drops the stored secrets' masks (they are not for that host); put back, it restores them.
              onChange={(options) =>
                onChange({
                  ...source,
                  options: withStoredMasks(
                    options,
                    storedFor(options, stored, source.type),
                    secretKeys(connector.optionsSchema),
                  ),
                })
              }
            />
          </fieldset>
          <TestConnection source={source} labelOf={labelOf} {...(onTested ? { onTested } : {})} />
        </>
      ) : null}
    </div>
  );
}
