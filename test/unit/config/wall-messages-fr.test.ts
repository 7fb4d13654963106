// Every custom message of the wall's schemas (the configuration's and each registered connector's options)
// has its French in src/main/config/wall-messages-fr.ts: one forgotten fails here, naming it.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { wallMessageFr } from '../../../src/main/config/wall-messages-fr.ts';
import { WallConfigSchema } from '../../../src/shared/config.ts';

interface Internals {
  _zod?: { def: Record<string, unknown> };
}
type MessageFn = (issue: unknown) => unknown;

/**
 * The custom messages written in a schema: those of its checks (min, regex, refine…, stored by zod as a
 * function that returns the string) and its own, through wrappers (optional, default, pipe, preprocess…),
 * objects, arrays, records and unions. superRefine's messages are in code: the templated tests cover them.
 */
function customMessages(schema: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  const def = (schema as Internals | undefined)?._zod?.def;
  if (!def || seen.has(schema)) return found;
  seen.add(schema);
  const add = (error: unknown) => {
    if (typeof error === 'function') {
      const message = (error as MessageFn)({});
      if (typeof message === 'string') found.add(message);
    }
  };
  add(def['error']);
  for (const check of (def['checks'] as Internals[] | undefined) ?? []) add(check._zod?.def['error']);
  for (const key of ['innerType', 'in', 'out', 'element', 'keyType', 'valueType'])
    customMessages(def[key], found, seen);
  const shape = def['shape'] as Record<string, unknown> | undefined;
  for (const child of Object.values(shape ?? {})) customMessages(child, found, seen);
  for (const option of (def['options'] as unknown[] | undefined) ?? []) customMessages(option, found, seen);
  return found;
}

const schemas: [string, z.ZodType][] = [
  ['config', WallConfigSchema],
  ...[...connectorRegistry].map(([type, d]): [string, z.ZodType] => [type, d.optionsSchema]),
];

describe("the wall's messages in French", () => {
  it('finds the custom messages of a schema (the check can fail)', () => {
    const messages = customMessages(connectorRegistry.get('x')?.optionsSchema);
    expect(messages).toContain("paste the app's Bearer Token");
    expect(messages).toContain('a hashtag such as #AtelierNova');
    expect(customMessages(connectorRegistry.get('trustpilot')?.optionsSchema)).toContain(
      'give businessUnitId or businessName',
    );
    expect(customMessages(connectorRegistry.get('mastodon')?.optionsSchema)).toContain(
      'write an account as user@instance',
    );
    expect(customMessages(WallConfigSchema)).toContain('use a web address starting with https://');
    expect(wallMessageFr('a message nobody translated')).toBeUndefined();
  });

  for (const [name, schema] of schemas) {
    it(`${name}: every custom message has its French`, () => {
      const missing = [...customMessages(schema)].filter((m) => wallMessageFr(m) === undefined);
      expect(missing).toEqual([]);
    });
  }

  it('fills the templated messages with their values', () => {
    expect(wallMessageFr('source id "x-brand" is used twice')).toBe(
      'l’identifiant de source « x-brand » est utilisé deux fois',
    );
    expect(wallMessageFr('unknown source type "twitter" (known: x, demo)')).toBe(
      'type de source inconnu « twitter » (types connus : x, demo)',
    );
    expect(wallMessageFr('must be at least 60 s for X')).toBe('doit être d’au moins 60 s pour ce réseau');
  });
});
