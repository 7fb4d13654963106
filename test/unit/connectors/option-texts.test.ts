// Every option of every registered connector has its label in English and in French (and its help in French
// when it has one in English): a new option cannot reach the settings page without them.
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { optionsJsonSchema } from '../../../src/main/secrets/secret-fields.ts';

type Node = Record<string, unknown>;
const isRecord = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each property of an object schema (through unions and lists of objects), as "path: problem". */
function missingTexts(schema: Node, path: string): string[] {
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  return Object.entries(properties).flatMap(([key, raw]) => {
    if (!isRecord(raw)) return [`${path}.${key}: no schema`];
    const at = `${path}.${key}`;
    const fr = isRecord(raw['fr']) ? raw['fr'] : {};
    const problems = [
      typeof raw['title'] === 'string' && raw['title'] !== '' ? undefined : `${at}: no English title`,
      typeof fr['title'] === 'string' && fr['title'] !== '' ? undefined : `${at}: no French title`,
      typeof raw['description'] === 'string' && typeof fr['description'] !== 'string'
        ? `${at}: English help without French help`
        : undefined,
      typeof fr['description'] === 'string' && typeof raw['description'] !== 'string'
        ? `${at}: French help without English help`
        : undefined,
    ].filter((p): p is string => p !== undefined);
    // A list of objects (Mastodon's instances): its items' own fields, in the schema or in a union's branch.
    const branches = [
      raw,
      ...(['anyOf', 'oneOf'] as const).flatMap((k) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]) : [])),
    ];
    const nested = branches.flatMap((b) =>
      isRecord(b) && isRecord(b['items']) && isRecord(b['items']['properties']) ? [b['items']] : [],
    );
    return [...problems, ...nested.flatMap((n) => missingTexts(n, `${at}[]`))];
  });
}

describe('connector option texts', () => {
  it('covers every connector of the registry', () => {
    expect(connectorRegistry.size).toBeGreaterThanOrEqual(11);
  });

  for (const [type, definition] of connectorRegistry) {
    it(`${type}: every option has an English and a French title`, () => {
      const schema = optionsJsonSchema(definition);
      expect(Object.keys(isRecord(schema['properties']) ? schema['properties'] : {}).length).toBeGreaterThan(0);
      expect(missingTexts(schema, type)).toEqual([]);
    });
  }

  it('sees a missing title (the check can fail)', () => {
    expect(
      missingTexts(
        {
          properties: {
            seed: { type: 'integer' },
            list: { type: 'array', items: { type: 'object', properties: { url: { title: 'URL' } } } },
          },
        },
        't',
      ),
    ).toEqual([
      't.seed: no English title',
      't.seed: no French title',
      't.list: no English title',
      't.list: no French title',
      't.list[].url: no French title',
    ]);
  });
});
