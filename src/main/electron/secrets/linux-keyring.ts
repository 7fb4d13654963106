// No keyring prompt at boot. A Linux session opened by automatic login leaves the login keyring locked
// (no password was typed), and the first use of it — safeStorage, or Chromium's cookie encryption — asks
// on screen to unlock it: nobody is there to answer. So before 'ready' the shell asks D-Bus, which never
// prompts, whether the keyring Chromium would pick is open; when it is not (or cannot be told), the kiosk
// starts with `--password-store=basic` and keeps its secrets under the key file, and the settings page
// says why (safe-storage-secret-store.ts).
import { spawnSync } from 'node:child_process';

/** The keyring Chromium picks for a desktop (Electron's safeStorage.getSelectedStorageBackend docs). */
export type LinuxKeyring = 'libsecret' | 'kwallet5' | 'kwallet6' | 'kwallet' | 'none';

const LIBSECRET_DESKTOPS = ['x-cinnamon', 'cinnamon', 'deepin', 'gnome', 'pantheon', 'xfce', 'ukui', 'unity'];

export function chromiumKeyringFor(env: NodeJS.ProcessEnv): LinuxKeyring {
  const desktops = (env['XDG_CURRENT_DESKTOP'] ?? '').toLowerCase().split(':');
  if (desktops.includes('kde')) {
    const version = env['KDE_SESSION_VERSION'];
    return version === '6' ? 'kwallet6' : version === '5' ? 'kwallet5' : 'kwallet';
  }
  return desktops.some((d) => LIBSECRET_DESKTOPS.includes(d)) ? 'libsecret' : 'none';
}

/** The D-Bus question whose answer says whether the keyring is open, asked with `dbus-send`. */
export function lockQuery(keyring: Exclude<LinuxKeyring, 'none'>): string[] {
  if (keyring === 'libsecret')
    return [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.secrets',
      '/org/freedesktop/secrets/aliases/default',
      'org.freedesktop.DBus.Properties.Get',
      'string:org.freedesktop.Secret.Collection',
      'string:Locked',
    ];
  const daemon = keyring === 'kwallet' ? 'kwalletd' : `kwalletd${keyring.slice(-1)}`;
  return [
    '--session',
    '--print-reply',
    `--dest=org.kde.${daemon}`,
    `/modules/${daemon}`,
    'org.kde.KWallet.isOpen',
    'string:kdewallet',
  ];
}

export type KeyringState = 'open' | 'locked' | 'unknown';

/** Reads dbus-send's reply: `variant boolean false` (Locked) or `boolean true` (isOpen). */
export function keyringStateFrom(keyring: Exclude<LinuxKeyring, 'none'>, reply: string | undefined): KeyringState {
  const answer = /boolean (true|false)/.exec(reply ?? '')?.[1];
  if (answer === undefined) return 'unknown';
  const yes = answer === 'true';
  return (keyring === 'libsecret' ? !yes : yes) ? 'open' : 'locked';
}

export type AskDbus = (args: string[]) => string | undefined;

/** `dbus-send`, bounded in time; undefined when it is missing, fails or says nothing. */
export const askDbus: AskDbus = (args) => {
  const run = spawnSync('dbus-send', args, { encoding: 'utf8', timeout: 3_000 });
  return run.status === 0 ? run.stdout : undefined;
};

/** Why the kiosk keeps the keyring out at this start, or undefined to use it. */
export function keyringToAvoid(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  ask: AskDbus = askDbus,
): string | undefined {
  if (platform !== 'linux') return undefined;
  const keyring = chromiumKeyringFor(env);
  if (keyring === 'none') return undefined; // Chromium's basic store already: nothing to unlock, nothing asked
  const name = keyring === 'libsecret' ? 'the login keyring' : 'KWallet';
  const state = keyringStateFrom(keyring, ask(lockQuery(keyring)));
  if (state === 'open') return undefined;
  return state === 'locked'
    ? `${name} was locked when the wall started (an automatic login does not unlock it), and its prompt would wait on the screens`
    : `whether ${name} was unlocked could not be told at start (no answer on D-Bus), and its prompt could wait on the screens`;
}
