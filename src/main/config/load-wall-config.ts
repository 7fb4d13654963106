// The configuration the wall starts with: a config given in code, else the config file (sealed secrets
// opened in memory; a damaged file moved aside for the previous version), else the embedded default.
import { existsSync } from 'node:fs';
import type { WallNotice } from '../../shared/health.ts';
import { openSealedSecrets } from '../secrets/sealed-config.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { readConfigFile } from './config-file.ts';
import { ConfigError } from './load-config.ts';
import { validateConfig, type ConnectorRegistry, type ResolvedConfig } from './validate-config.ts';

export interface LoadedWallConfig {
  resolved: ResolvedConfig;
  notices: WallNotice[];
}

/** @throws ConfigError naming each bad field (a sealed secret that cannot be opened included). */
export function loadWallConfig(
  source: { object: unknown } | { file: string; required: boolean },
  registry: ConnectorRegistry,
  secrets: SecretStore,
  nowMs: number,
): LoadedWallConfig {
  let raw: unknown = {};
  let notices: WallNotice[] = [];
  const file = 'file' in source ? source.file : undefined;
  if ('object' in source) raw = source.object;
  else if (existsSync(source.file)) ({ raw, notices } = readConfigFile(source.file, nowMs));
  else if (source.required) throw new ConfigError(source.file, [{ field: '(file)', message: 'file not found' }]);
  const opened = openSealedSecrets(raw ?? {}, registry, secrets);
  if (opened.errors.length) throw new ConfigError(file, opened.errors);
  const result = validateConfig(opened.value, registry);
  if (!result.ok) throw new ConfigError(file, result.errors);
  return { resolved: result.value, notices };
}
