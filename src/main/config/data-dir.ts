// Where the wall keeps its database and logs when no --data-dir is given: the OS's per-user data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'social-wall');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'social-wall');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'social-wall');
}
