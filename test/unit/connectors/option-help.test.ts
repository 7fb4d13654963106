// Every option IT must fill in from a network (required, or a secret) says in the form what it is and where
// to find it, in English and in French: no one should have to guess where a Page id or a token comes from.
// Lists are IT's own choices (hashtags, searches); a list of objects is checked item field by item field.
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { optionsJsonSchema } from '../../../src/main/secrets/secret-fields.ts';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A union (an optional field) read through its first concrete branch, as the form does. */
function concrete(node: Node): Node {
  const branches = node['anyOf'] ?? node['oneOf'];
  const first = Array.isArray(branches) ? branches.find((b) => isNode(b) && b['type'] !== 'null') : undefined;
  return isNode(first) ? { ...first, ...node } : node;
}

/** "facebook.pageId: no French help" for each option that must explain itself and does not. */
function unexplained(schema: Node, where: string): string[] {
  const properties = isNode(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
  return Object.entries(properties).flatMap(([key, raw]) => {
    if (!isNode(raw)) return [];
    const node = concrete(raw);
    const path = `${where}.${key}`;
    if (node['type'] === 'array') {
      const items = isNode(node['items']) ? concrete(node['items']) : undefined;
      return items?.['type'] === 'object' ? unexplained(items, `${path}[]`) : [];
    }
    if (!required.has(key) && node['secret'] !== true) return [];
    const fr = isNode(node['fr']) ? node['fr'] : {};
    return [
      ...(typeof node['description'] === 'string' && node['description'].length > 20 ? [] : [`${path}: no help`]),
      ...(typeof fr['description'] === 'string' && fr['description'].length > 20 ? [] : [`${path}: no French help`]),
    ];
  });
}

describe('the options a network gives', () => {
  it('each say what they are and where to find them, in both languages', () => {
    const problems = [...connectorRegistry].flatMap(([type, definition]) =>
      unexplained(optionsJsonSchema(definition), type),
    );
    expect(problems).toEqual([]);
  });

  it('the check sees an option without help', () => {
    const schema = { properties: { pageId: { type: 'string' } }, required: ['pageId'] };
    expect(unexplained(schema, 'facebook')).toEqual(['facebook.pageId: no help', 'facebook.pageId: no French help']);
  });
});
