// Reads the wall's configuration file. No file: the embedded default (demo source, three panels).
import { existsSync, readFileSync } from 'node:fs';
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

/** A configuration given as an object (already parsed JSON). @throws ConfigError naming each bad field. */
export function loadConfigObject(input: unknown, registry: ConnectorRegistry): ResolvedConfig {
  const result = validateConfig(input, registry);
  if (!result.ok) throw new ConfigError(undefined, result.errors);
  return result.value;
}

/**
 * @param file a config file to read; when undefined, the default config is used.
 * @throws ConfigError naming each bad field.
 */
export function loadConfig(file: string | undefined, registry: ConnectorRegistry): ResolvedConfig {
  let input: unknown = {};
  if (file !== undefined) {
    if (!existsSync(file)) throw new ConfigError(file, [{ field: '(file)', message: 'file not found' }]);
    const text = readFileSync(file, 'utf8');
    try {
      input = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(file, [{ field: '(file)', message: `not valid JSON: ${(err as Error).message}` }]);
    }
  }
  const result = validateConfig(input, registry);
  if (!result.ok) throw new ConfigError(file, result.errors);
  return result.value;
}

