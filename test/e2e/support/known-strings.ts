// The strings a settings page may show, by language: every leaf of the i18n resources, and the connectors'
// labels and option texts (their JSON Schemas: `title`, `description`, and the French under `fr`). A string
// that reads the same in both languages ("Sources", "Instagram") is nobody's: left out.
import { en } from '../../../src/renderer/i18n/en.ts';
import { fr } from '../../../src/renderer/i18n/fr.ts';
import type { ConnectorFormView } from '../../../src/shared/settings-contract.ts';
import type { Language } from './untranslated.ts';

function leaves(node: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') out.set(prefix, node);
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Each option's English and French texts, paired. */
function optionTexts(schema: unknown, pairs: [string, string][] = []): [string, string][] {
  if (typeof schema !== 'object' || schema === null) return pairs;
  const node = schema as Record<string, unknown>;
  const fr = node['fr'] as Record<string, unknown> | undefined;
  for (const key of ['title', 'description'])
    if (typeof node[key] === 'string' && typeof fr?.[key] === 'string') pairs.push([node[key], fr[key]]);
  for (const [k, v] of Object.entries(node)) if (k !== 'fr') optionTexts(v, pairs);
  return pairs;
}

/** The strings of `language` that differ from the other language's. */
export function knownStrings(language: Language, connectors: readonly ConnectorFormView[]): string[] {
  const french = leaves(fr);
  const english = leaves(en);
  const pairs: [string, string][] = [...english].map(([key, value]) => [value, french.get(key) ?? '']);
  const names = fr.settings.connectorNames as Record<string, string>;
  for (const c of connectors) pairs.push(...optionTexts(c.optionsSchema), [c.label, names[c.type] ?? '']);
  return pairs
    .filter(([e, f]) => e !== f)
    .map(([e, f]) => (language === 'en' ? e : f))
    .filter(Boolean);
}
