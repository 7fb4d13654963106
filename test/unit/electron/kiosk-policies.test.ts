import { describe, expect, it } from 'vitest';
import {
  IDENTIFY_KEYS,
  decideKey,
  parseKeyCombination,
  type KeyInput,
} from '../../../src/main/electron/kiosk/kiosk-keys.ts';
import { isAllowedNavigation } from '../../../src/main/electron/kiosk/navigation-lock.ts';
import {
  autostartArgs,
  quoteExecArg,
  xdgAutostartEntry,
} from '../../../src/main/electron/autostart/xdg-autostart-entry.ts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('kiosk keys', () => {
  const settings = { settings: parseKeyCombination('Ctrl+Alt+Shift+S'), identify: parseKeyCombination(IDENTIFY_KEYS) };

  it('opens the settings only with the exact combination, on key down', () => {
    expect(decideKey(key('S', { control: true, alt: true, shift: true }), settings)).toBe('open-settings');
    expect(decideKey(key('s', { control: true, alt: true, shift: true }), settings)).toBe('open-settings');
    expect(decideKey(key('S', { control: true, alt: true, shift: true, type: 'keyUp' }), settings)).toBe('swallow');
    expect(decideKey(key('S', { control: true, shift: true }), settings)).toBe('swallow');
    expect(decideKey(key('S', { control: true, alt: true, shift: true, meta: true }), settings)).toBe('swallow');
  });

  it('shows the screens’ numbers with Ctrl+Alt+Shift+N', () => {
    expect(decideKey(key('n', { control: true, alt: true, shift: true }), settings)).toBe('identify-screens');
    expect(decideKey(key('n', { control: true }), settings)).toBe('swallow');
  });

  it('swallows the keys that would leave or change the wall', () => {
    const leaving = [
      key('Escape'),
      key('F11'),
      key('F5'),
      key('F12'),
      key('w', { control: true }),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('I', { control: true, shift: true }),
      key('F4', { alt: true }),
      key('q', { control: true }),
      key('=', { control: true }),
      key('ArrowLeft', { alt: true }),
      key('Alt', { alt: true }),
    ];
    expect(leaving.map((k) => decideKey(k, settings))).toEqual(leaving.map(() => 'swallow'));
  });

  it('reads the configured combination, and refuses one without a modifier', () => {
    expect(parseKeyCombination('Ctrl+Meta+9')).toEqual({
      control: true,
      alt: false,
      shift: false,
      meta: true,
      key: '9',
    });
    expect(() => parseKeyCombination('S')).toThrow(/key combination/);
  });
});

describe('navigation guard', () => {
  const origin = 'http://127.0.0.1:41234';
  it('allows the wall’s own pages only', () => {
    expect(isAllowedNavigation('http://127.0.0.1:41234/panel/2', origin)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:41234/panel/1?token=abc', origin)).toBe(true);
  });
  it('refuses another port, host, scheme, or anything unparsable', () => {
    for (const url of [
      'http://127.0.0.1:41235/panel/1',
      'http://localhost:41234/panel/1',
      'https://127.0.0.1:41234/',
      'https://www.facebook.com/post/1',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      'http://127.0.0.1:41234@evil.example/',
    ]) {
      expect([url, isAllowedNavigation(url, origin)]).toEqual([url, false]);
    }
  });
  it('refuses everything before the wall’s server is up', () => {
    expect(isAllowedNavigation('http://127.0.0.1:41234/panel/1', undefined)).toBe(false);
  });
});

describe('XDG autostart entry', () => {
  it('starts the installed wall at login', () => {
    expect(xdgAutostartEntry({ exec: '/opt/Social Wall/social-wall', args: [] })).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Social Wall',
        'Comment=Shows what customers say about the brand on the lobby screens',
        'Exec="/opt/Social Wall/social-wall"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        'X-GNOME-Autostart-Delay=5',
        '',
      ].join('\n'),
    );
  });
  it('adds the X11 flag in a Wayland session only', () => {
    expect(autostartArgs('wayland')).toEqual(['--ozone-platform=x11']);
    expect(autostartArgs('x11')).toEqual([]);
    expect(autostartArgs(undefined)).toEqual([]);
    expect(xdgAutostartEntry({ exec: '/home/it/Social-Wall.AppImage', args: autostartArgs('wayland') })).toContain(
      'Exec=/home/it/Social-Wall.AppImage --ozone-platform=x11\n',
    );
  });
  it('quotes what the Exec key reserves', () => {
    expect(quoteExecArg('plain')).toBe('plain');
    expect(quoteExecArg('100%')).toBe('100%%');
    expect(quoteExecArg('a "b" $c')).toBe('"a \\"b\\" \\$c"');
    expect(xdgAutostartEntry({ exec: '/x', args: ['a\\b'] })).toContain('Exec=/x "a\\\\\\\\b"\n');
  });
});
