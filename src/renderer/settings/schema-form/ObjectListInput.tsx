// A list of objects in a connector's options (e.g. Mastodon's instances): one fieldset per item, "Instance 1",
// "Instance 2"…, each drawn by the same generated form as the source's options (secrets masked alike), with
// "Add" and "Remove" buttons. The server's errors land next to the nested field ("…instances[1].url").
//
// A stored secret belongs to its item, found by its other values (the instance's URL), as the server finds it
// (src/main/secrets/kept-secret.ts): an item keeps its mask wherever it moves; an item whose values changed
// drops it (a token is never sent to another instance), and gets it back if they are put back.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { describedById, errorId, fieldId } from '../fields/field-id.ts';
import type { SchemaField } from './json-schema-fields.ts';
import { SchemaForm } from './SchemaForm.tsx';
import { identityOf, secretKeys, withStoredMasks } from './secret-masks.ts';
import './object-list.css';
import { FieldNotes } from '../fields/FieldNotes.tsx';

type Item = Record<string, unknown>;

interface ObjectListInputProps {
  field: SchemaField;
  path: string;
  value: unknown;
  stored: unknown;
  error: string | undefined;
  errors: FieldErrors;
  help: ReactNode;
  onChange: (next: unknown) => void;
}

const isRecord = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An item written as a plain string (Mastodon accepts a bare URL) is its first string property. */
function toItem(raw: unknown, schema: Record<string, unknown>): Item {
  if (isRecord(raw)) return raw;
  if (typeof raw !== 'string') return {};
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  const first = Object.entries(properties).find(
    ([, p]) => isRecord(p) && p['type'] === 'string' && p['secret'] !== true,
  );
  return first ? { [first[0]]: raw } : {};
}

const singular = (label: string): string => (label.length > 1 && /[^s]s$/i.test(label) ? label.slice(0, -1) : label);

export function ObjectListInput({ field, path, value, stored, error, errors, help, onChange }: ObjectListInputProps) {
  const { t } = useI18n();
  const schema = field.itemSchema ?? {};
  const items = Array.isArray(value) ? value.map((v) => toItem(v, schema)) : [];
  const storedItems = Array.isArray(stored) ? stored.map((v) => toItem(v, schema)) : [];
  const secrets = secretKeys(schema);
  const twinOf = (item: Item): Item | undefined =>
    storedItems.find((s) => identityOf(s, secrets) === identityOf(item, secrets));
  const [focus, setFocus] = useState<number | 'add' | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const name = singular(field.label);
  const itemLabel = (i: number) => t('settings.list.item', { name, n: i + 1 });
  const full = field.maxItems !== undefined && items.length >= field.maxItems;

  useEffect(() => {
    if (focus === null) return;
    if (focus === 'add') addButton.current?.focus();
    else
      root.current
        ?.querySelector<HTMLElement>(
          `[data-item="${focus}"] input, [data-item="${focus}"] select, [data-item="${focus}"] textarea`,
        )
        ?.focus();
    setFocus(null);
  }, [focus]);

  const update = (next: Item[]) => onChange(next.length ? next : undefined);
  const add = () => {
    update([...items, {}]);
    setFocus(items.length);
  };
  const remove = (index: number) => {
    update(items.filter((_, i) => i !== index));
    setFocus(items.length > 1 ? Math.min(index, items.length - 2) : 'add');
  };
  const setItem = (index: number, item: Item) =>
    update(items.map((old, i) => (i === index ? withStoredMasks(item, twinOf(item), secrets) : old)));

  const describedBy = describedById(path, { error, help });
  return (
    <fieldset
      ref={root}
      className={`field object-list${error ? ' field--error' : ''}`}
      data-field={path}
      id={fieldId(path)}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {field.label}
        {field.required ? <span className="field__required"> ({t('settings.required')})</span> : null}
      </legend>
      <FieldNotes path={path} error={error} help={help} />
      {items.length === 0 ? <p className="field__help">{t('settings.list.empty')}</p> : null}
      {items.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        const itemError = errors.get(itemPath);
        const storedItem = twinOf(item);
        return (
          <fieldset
            key={i}
            className="object-list__item"
            data-item={i}
            data-testid="object-list-item"
            aria-describedby={itemError ? errorId(itemPath) : undefined}
          >
            <legend>{itemLabel(i)}</legend>
            {itemError ? (
              <p className="field__error" id={errorId(itemPath)}>
                {itemError}
              </p>
            ) : null}
            <SchemaForm
              schema={schema}
              pathPrefix={itemPath}
              values={item}
              stored={storedItem ?? {}}
              errors={errors}
              onChange={(next) => setItem(i, next)}
            />
            <button type="button" className="button" onClick={() => remove(i)}>
              {t('settings.list.remove', { item: itemLabel(i) })}
            </button>
          </fieldset>
        );
      })}
      <button ref={addButton} type="button" className="button" disabled={full} onClick={add}>
        {t('settings.list.add', { name })}
      </button>
      {full && field.maxItems !== undefined ? (
        <p className="field__help">{t('settings.list.max', { max: field.maxItems })}</p>
      ) : null}
    </fieldset>
  );
}
