// No keyring prompt at the boot of an automatic login: which keyring Chromium would use, whether it is
// open (D-Bus's answer, which never prompts), and the decision to keep it out.
import { describe, expect, it } from 'vitest';
import {
  chromiumKeyringFor,
  keyringStateFrom,
  keyringToAvoid,
  lockQuery,
} from '../../../src/main/electron/secrets/linux-keyring.ts';

describe('the keyring Chromium picks for a desktop', () => {
  it.each([
    ['GNOME', undefined, 'libsecret'],
    ['ubuntu:GNOME', undefined, 'libsecret'],
    ['XFCE', undefined, 'libsecret'],
    ['X-Cinnamon', undefined, 'libsecret'],
    ['KDE', '6', 'kwallet6'],
    ['KDE', '5', 'kwallet5'],
    ['LXQt', undefined, 'none'],
    [undefined, undefined, 'none'],
  ])('%s (KDE %s) → %s', (desktop, kde, keyring) => {
    expect(chromiumKeyringFor({ XDG_CURRENT_DESKTOP: desktop, KDE_SESSION_VERSION: kde })).toBe(keyring);
  });
});

describe('whether the keyring is open, from dbus-send’s reply', () => {
  it('reads the Secret Service collection’s Locked property and KWallet’s isOpen', () => {
    expect(keyringStateFrom('libsecret', 'method return time=1 sender=:1.2\n   variant       boolean false\n')).toBe(
      'open',
    );
    expect(keyringStateFrom('libsecret', '   variant       boolean true\n')).toBe('locked');
    expect(keyringStateFrom('kwallet5', '   boolean true\n')).toBe('open');
    expect(keyringStateFrom('kwallet6', '   boolean false\n')).toBe('locked');
    expect(keyringStateFrom('libsecret', undefined)).toBe('unknown');
    expect(keyringStateFrom('libsecret', 'Error org.freedesktop.DBus.Error.ServiceUnknown')).toBe('unknown');
  });
  it('asks the right service', () => {
    expect(lockQuery('libsecret')).toContain('--dest=org.freedesktop.secrets');
    expect(lockQuery('kwallet6')).toEqual(expect.arrayContaining(['--dest=org.kde.kwalletd6', '/modules/kwalletd6']));
  });
});

describe('keeping the keyring out at start', () => {
  const gnome = { XDG_CURRENT_DESKTOP: 'GNOME' };
  it('uses an open keyring, and asks nothing off Linux or where Chromium would use none', () => {
    const asked: string[][] = [];
    const ask = (args: string[]) => (asked.push(args), 'variant boolean false');
    expect(keyringToAvoid('linux', gnome, ask)).toBeUndefined();
    expect(keyringToAvoid('win32', gnome, ask)).toBeUndefined();
    expect(keyringToAvoid('linux', { XDG_CURRENT_DESKTOP: 'LXQt' }, ask)).toBeUndefined();
    expect(asked).toHaveLength(1);
  });
  it('keeps a locked keyring out, and one it cannot tell about, saying why', () => {
    expect(keyringToAvoid('linux', gnome, () => 'variant boolean true')).toMatch(
      /^the login keyring was locked when the wall started \(an automatic login does not unlock it\)/,
    );
    expect(keyringToAvoid('linux', { XDG_CURRENT_DESKTOP: 'KDE', KDE_SESSION_VERSION: '5' }, () => undefined)).toMatch(
      /^whether KWallet was unlocked could not be told at start/,
    );
  });
});
