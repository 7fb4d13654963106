// Reads a connector's options JSON Schema (as the settings API sends it, zod's input side) into the fields
// the generated form draws. Only what a form needs: the type, the flags, the help text, the default.
// A connector's option carries its label and help in English (`title`, `description`) and in French (a `fr`
// object with the same keys: src/connectors/shared/option-text.ts); the form takes the page's language's.
// Types only from the shared layer: the renderer never loads a zod schema (its eval breaks the page's CSP).
import type { Language } from '../../../shared/config.ts';

export type FieldKind = 'text' | 'secret' | 'url' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'objects';

export interface SchemaField {
  key: string;
  kind: FieldKind;
  label: string;
  description: string | undefined;
  required: boolean;
  defaultValue: unknown;
  options: string[];
  minimum: number | undefined;
  maximum: number | undefined;
  /** A list of objects ('objects'): the JSON Schema of one item, drawn as a sub-form per item. */
  itemSchema?: Record<string, unknown>;
  /** A list's most items (maxItems), when the schema says. */
  maxItems?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "brandUserId" → "Brand user id": a readable label when the schema gives no title. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const textOf = (node: Record<string, unknown>, key: 'title' | 'description'): string | undefined =>
  typeof node[key] === 'string' ? node[key] : undefined;

/** The option's label and help in `language`; each falls back to the English one (the label, then to the key). */
function texts(
  node: Record<string, unknown>,
  key: string,
  language: Language,
): { label: string; description: string | undefined } {
  const translated = language === 'en' ? undefined : node[language];
  const own = isRecord(translated) ? translated : {};
  return {
    label: textOf(own, 'title') ?? textOf(node, 'title') ?? humanise(key),
    description: textOf(own, 'description') ?? textOf(node, 'description'),
  };
}

function kindOf(node: Record<string, unknown>): FieldKind {
  if (node['secret'] === true) return 'secret';
  if (Array.isArray(node['enum'])) return 'enum';
  const type = node['type'];
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'array') return 'list';
  if (type === 'string' && node['format'] === 'uri') return 'url';
  return 'text';
}

/** A node that is a union (e.g. optional written as anyOf) is read through its first concrete branch. */
function concrete(node: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['anyOf', 'oneOf']) {
    const branches = node[key];
    if (Array.isArray(branches)) {
      const first: unknown = branches.find((b) => isRecord(b) && b['type'] !== 'null');
      if (isRecord(first)) return { ...first, ...node, [key]: undefined };
    }
  }
  return node;
}

export function schemaFields(schema: Record<string, unknown>, language: Language): SchemaField[] {
  const properties = schema['properties'];
  if (!isRecord(properties)) return [];
  const required = new Set(
    Array.isArray(schema['required']) ? schema['required'].filter((r): r is string => typeof r === 'string') : [],
  );
  return Object.entries(properties).flatMap(([key, raw]): SchemaField[] => {
    if (!isRecord(raw)) return [];
    const node = concrete(raw);
    const items = isRecord(node['items']) ? concrete(node['items']) : undefined;
    // Lists of objects (e.g. several instances) are not one-per-line text: a repeatable sub-form per item.
    const objects = kindOf(node) === 'list' && items !== undefined && items['type'] === 'object';
    const kind: FieldKind = objects ? 'objects' : kindOf(node);
    const { label, description } = texts(node, key, language);
    return [
      {
        key,
        kind,
        label,
        description,
        required: required.has(key),
        defaultValue: node['default'],
        options: Array.isArray(node['enum']) ? node['enum'].map(String) : [],
        minimum: typeof node['minimum'] === 'number' ? node['minimum'] : undefined,
        maximum:
          typeof node['maximum'] === 'number' && node['maximum'] < Number.MAX_SAFE_INTEGER
            ? node['maximum']
            : undefined,
        ...(objects && items ? { itemSchema: items } : {}),
        ...(typeof node['maxItems'] === 'number' ? { maxItems: node['maxItems'] } : {}),
      },
    ];
  });
}

/** Fields IT must see first: required ones and those the connector explains; the rest are advanced tuning. */
export function isEssential(field: SchemaField): boolean {
  return field.required || field.description !== undefined;
}
