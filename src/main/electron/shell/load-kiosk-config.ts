// The kiosk reads the same configuration as the wall (same file, same rules as wall.ts) for its own
// sections: screens and kiosk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectorRegistry } from '../../../connectors/registry.ts';
import { loadConfig } from '../../config/load-config.ts';
import type { WallConfig } from '../../../shared/config.ts';

/** The file the wall will read: the one given, else `<dataDir>/config.json` if it exists, else none (the default). */
export function configFileFor(dataDir: string, given: string | undefined): string | undefined {
  const inDataDir = join(dataDir, 'config.json');
  return given ?? (existsSync(inDataDir) ? inDataDir : undefined);
}

/** @throws ConfigError naming each bad field. */
export function loadKioskConfig(configFile: string | undefined): WallConfig {
  return loadConfig(configFile, connectorRegistry).config;
}
