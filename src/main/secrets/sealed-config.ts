// Secrets in the configuration, by state: sealed in the file ({ "$sealed": "v1:…" }), clear only in memory
// (opened as the config is loaded, for the sources' drivers), masked towards any API ({ "$secret": "set" }).
import type { ConnectorRegistry, FieldError } from '../config/validate-config.ts';
import { formatPath } from '../config/validate-config.ts';
import type { WallConfig } from '../../shared/config.ts';
import type { MaskedWallConfig } from '../../shared/settings-contract.ts';
import { sameAddresses } from '../../shared/secret-addresses.ts';
import { keptSecretAt } from './kept-secret.ts';
import { connectorSecretPaths, mapAtPaths, SECRET_SET } from './secret-fields.ts';
import { SecretStoreError, type SecretStore } from './secret-store.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isSealed(v: unknown): v is { $sealed: string } {
  return isRecord(v) && typeof v['$sealed'] === 'string' && Object.keys(v).length === 1;
}
export function isSecretMask(v: unknown): boolean {
  return isRecord(v) && v['$secret'] === 'set' && Object.keys(v).length === 1;
}

/** Applies `fn` to the options of every raw source whose type is known; `fn` gets the source's index. */
function mapRawSources(
  raw: unknown,
  registry: ConnectorRegistry,
  fn: (
    options: unknown,
    paths: ReturnType<typeof connectorSecretPaths>,
    index: number,
    id: unknown,
    type: string,
  ) => unknown,
): unknown {
  if (!isRecord(raw) || !Array.isArray(raw['sources'])) return raw;
  const sources = raw['sources'].map((source: unknown, index) => {
    if (!isRecord(source) || typeof source['type'] !== 'string') return source;
    const definition = registry.get(source['type']);
    if (!definition || source['options'] === undefined) return source;
    return {
      ...source,
      options: fn(source['options'], connectorSecretPaths(definition), index, source['id'], source['type']),
    };
  });
  return { ...raw, sources };
}

/** Opens every sealed secret of a raw config (as read from the file); what cannot be opened names its field. */
export function openSealedSecrets(
  raw: unknown,
  registry: ConnectorRegistry,
  store: SecretStore,
): { value: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = mapRawSources(raw, registry, (options, paths, index) =>
    mapAtPaths(options, paths, (current, at) => {
      if (!isSealed(current)) return current;
      try {
        return store.open(current.$sealed);
      } catch (err) {
        const message = err instanceof SecretStoreError ? err.message : 'this secret cannot be opened: enter it again';
        errors.push({ field: formatPath(['sources', index, 'options', ...at]), message });
        return current;
      }
    }),
  );
  return { value, errors };
}

/** The config as it goes to the file: every secret of the sources' options sealed. */
export function sealSecrets(
  config: WallConfig,
  registry: ConnectorRegistry,
  store: SecretStore,
): Record<string, unknown> {
  return mapRawSources(config, registry, (options, paths) =>
    mapAtPaths(options, paths, (current) => (typeof current === 'string' ? { $sealed: store.seal(current) } : current)),
  ) as Record<string, unknown>;
}

/** The config as any API shows it: secrets masked, the server's tokens too. */
export function maskSecrets(config: WallConfig, registry: ConnectorRegistry): MaskedWallConfig {
  const masked = mapRawSources(config, registry, (options, paths) =>
    mapAtPaths(options, paths, () => ({ ...SECRET_SET })),
  ) as WallConfig;
  const { token, adminToken, ...server } = config.server;
  return {
    ...masked,
    server: {
      ...server,
      ...(token !== undefined ? { token: { ...SECRET_SET } } : {}),
      ...(adminToken !== undefined ? { adminToken: { ...SECRET_SET } } : {}),
    },
  };
}

/** The config without any secret at all. */
export function stripSecrets(config: WallConfig, registry: ConnectorRegistry): Record<string, unknown> {
  const stripped = mapRawSources(config, registry, (options, paths) =>
    mapAtPaths(options, paths, () => undefined),
  ) as Record<string, unknown>;
  const { token: _token, adminToken: _admin, ...server } = config.server;
  return JSON.parse(JSON.stringify({ ...stripped, server })) as Record<string, unknown>;
}

/**
 * A plain export: each secret a mask (`{ "$secret": "set" }`), which an import on a PC that holds the same
 * source keeps, and elsewhere names the field to fill in. The server's tokens never travel.
 */
export function maskSecretsForExport(config: WallConfig, registry: ConnectorRegistry): Record<string, unknown> {
  const masked = mapRawSources(config, registry, (options, paths) =>
    mapAtPaths(options, paths, () => ({ ...SECRET_SET })),
  ) as Record<string, unknown>;
  const { token: _token, adminToken: _admin, ...server } = config.server;
  return JSON.parse(JSON.stringify({ ...masked, server })) as Record<string, unknown>;
}

/**
 * A config submitted by the settings page: each { "$secret": "set" } becomes the secret in force for the same
 * source id, type, addresses and field — in a list, for the same item (see kept-secret.ts) — and the server's
 * tokens alike. A mask with nothing behind it, or whose source now points elsewhere, names its field.
 */
export function unmaskSecrets(
  input: unknown,
  current: WallConfig,
  registry: ConnectorRegistry,
): { value: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const currentById = new Map(current.sources.map((s) => [s.id, s]));
  let value = mapRawSources(input, registry, (options, paths, index, id, type) => {
    const previous = typeof id === 'string' ? currentById.get(id) : undefined;
    // Another network, or another address for the same one: a stored secret must not travel there.
    const elsewhere = previous !== undefined && (previous.type !== type || !sameAddresses(previous.options, options));
    return mapAtPaths(options, paths, (submitted, at) => {
      if (!isSecretMask(submitted)) return submitted;
      const field = formatPath(['sources', index, 'options', ...at]);
      if (elsewhere) {
        errors.push({ field, message: 'the network or its address changed: enter this secret again' });
        return submitted;
      }
      const kept = previous ? keptSecretAt(previous.options, options, at, paths) : undefined;
      if (typeof kept === 'string') return kept;
      errors.push({ field, message: 'no secret is stored for this field yet: enter it' });
      return submitted;
    });
  });
  if (isRecord(value) && isRecord(value['server'])) {
    const server = { ...value['server'] };
    for (const key of ['token', 'adminToken'] as const) {
      if (!isSecretMask(server[key])) continue;
      if (current.server[key] !== undefined) server[key] = current.server[key];
      else delete server[key];
    }
    value = { ...value, server };
  }
  return { value, errors };
}
