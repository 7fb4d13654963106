// Where a connector's secrets are in its options: read from its own options schema, whose secret fields
// carry `.meta({ secret: true })` (zod copies the flag into the JSON Schema). Paths may cross arrays
// (Mastodon: instances[*].token), written with '*'.
import { z } from 'zod';
import type { ConnectorDefinition } from '../../connectors/connector.ts';

export type SecretPath = readonly string[];
export const ANY_ITEM = '*';

/** What every API shows instead of a stored secret; sent back unchanged, it keeps the stored one. */
export const SECRET_SET = { $secret: 'set' } as const;

export type JsonSchemaNode = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options' JSON Schema for the settings forms (input side: what IT types, before transforms). */
export function optionsJsonSchema(definition: ConnectorDefinition): JsonSchemaNode {
  return z.toJSONSchema(definition.optionsSchema, { io: 'input', unrepresentable: 'any' });
}

export function secretPathsOf(schema: JsonSchemaNode): SecretPath[] {
  const found: SecretPath[] = [];
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (!isRecord(node) || depth > 12) return;
    if (node['secret'] === true) {
      found.push(path);
      return;
    }
    const properties = node['properties'];
    if (isRecord(properties))
      for (const [key, child] of Object.entries(properties)) walk(child, [...path, key], depth + 1);
    if (node['items'] !== undefined) walk(node['items'], [...path, ANY_ITEM], depth + 1);
    for (const combinator of ['anyOf', 'oneOf', 'allOf']) {
      const options = node[combinator];
      if (Array.isArray(options)) options.forEach((option) => walk(option, path, depth + 1));
    }
  };
  walk(schema, [], 0);
  // anyOf branches may name the same field twice.
  return [...new Map(found.map((p) => [p.join('\u0000'), p])).values()];
}

const pathCache = new WeakMap<ConnectorDefinition, SecretPath[]>();

export function connectorSecretPaths(definition: ConnectorDefinition): SecretPath[] {
  let paths = pathCache.get(definition);
  if (!paths) {
    paths = secretPathsOf(optionsJsonSchema(definition));
    pathCache.set(definition, paths);
  }
  return paths;
}

/**
 * A copy of `value` where every present value at one of `paths` is replaced by `replace(current, path)`
 * (the concrete path, array indexes included). Everything else is shared, untouched.
 */
export function mapAtPaths(
  value: unknown,
  paths: readonly SecretPath[],
  replace: (current: unknown, at: readonly (string | number)[]) => unknown,
): unknown {
  const visit = (node: unknown, rest: readonly string[], at: (string | number)[]): unknown => {
    if (rest.length === 0) return node === undefined ? node : replace(node, at);
    const [head, ...tail] = rest;
    if (head === ANY_ITEM) return Array.isArray(node) ? node.map((item, i) => visit(item, tail, [...at, i])) : node;
    if (!isRecord(node) || head === undefined || !(head in node)) return node;
    return { ...node, [head]: visit(node[head], tail, [...at, head]) };
  };
  return paths.reduce((acc, path) => visit(acc, path, []), value);
}
