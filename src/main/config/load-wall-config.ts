// The configuration the wall starts with: a config given in code, else the config file (sealed secrets
// opened in memory; a damaged file moved aside for the previous version), else the embedded default.
// A file IT provisioned (`--config` elsewhere than the data folder) is refused when it is missing or not
// JSON, never moved aside or replaced: it is IT's, and the wall says what is wrong with it.
import { existsSync, readFileSync } from 'node:fs';
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
  source: { object: unknown } | { file: string; provisioned: boolean },
  registry: ConnectorRegistry,
  secrets: SecretStore,
  nowMs: number,
): LoadedWallConfig {
  let raw: unknown = {};
  let notices: WallNotice[] = [];
  const file = 'file' in source ? source.file : undefined;
  if ('object' in source) raw = source.object;
  else if (source.provisioned) raw = readProvisioned(source.file);
  else if (existsSync(source.file)) ({ raw, notices } = readConfigFile(source.file, nowMs));
  const opened = openSealedSecrets(raw ?? {}, registry, secrets);
  if (opened.errors.length) throw new ConfigError(file, opened.errors);
  const result = validateConfig(opened.value, registry);
  if (!result.ok) throw new ConfigError(file, result.errors);
  return { resolved: result.value, notices };
}

/** @throws ConfigError when the file is missing, unreadable or not JSON. */
function readProvisioned(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, [
      { field: '(file)', message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})` },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(file, [
      { field: '(file)', message: `not valid JSON (${(err as Error).message}); the file was left as it is` },
    ]);
  }
}
