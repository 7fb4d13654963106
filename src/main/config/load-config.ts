// Reads the wall's configuration file. No file: the embedded default (demo source, three panels).
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openKeyFileSecretStore } from '../secrets/key-file-secret-store.ts';
import { openSealedSecrets } from '../secrets/sealed-config.ts';
import { validateConfig, type ConnectorRegistry, type FieldError, type ResolvedConfig } from './validate-config.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string | undefined,
    readonly errors: FieldError[],
  ) {
    super(
      `The configuration${file ? ` in ${file}` : ''} was refused:\n` +
        errors.map((e) => `  - ${e.field}: ${e.message}`).join('\n'),
    );
  }
}

/**
 * @param file a config file to read; when undefined, the default config is used.
 * @param secretsDir where the key of its sealed secrets is (the data directory; default: the file's folder).
 * @throws ConfigError naming each bad field.
 */
export function loadConfig(file: string | undefined, registry: ConnectorRegistry, secretsDir?: string): ResolvedConfig {
  let input: unknown = {};
  if (file !== undefined) {
    if (!existsSync(file)) throw new ConfigError(file, [{ field: '(file)', message: 'file not found' }]);
    const text = readFileSync(file, 'utf8');
    try {
      input = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(file, [{ field: '(file)', message: `not valid JSON: ${(err as Error).message}` }]);
    }
    // A file saved by the settings holds its secrets sealed: open them in memory, as the wall does.
    if (text.includes('"$sealed"')) {
      const opened = openSealedSecrets(input, registry, openKeyFileSecretStore(secretsDir ?? dirname(file)));
      if (opened.errors.length) throw new ConfigError(file, opened.errors);
      input = opened.value;
    }
  }
  const result = validateConfig(input, registry);
  if (!result.ok) throw new ConfigError(file, result.errors);
  return result.value;
}
