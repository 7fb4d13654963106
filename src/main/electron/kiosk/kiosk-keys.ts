// The keyboard of a kiosk: the panels take no input, so every key is swallowed before Chromium or the
// window acts on it (Escape, F11, Ctrl+W, Ctrl+R, Ctrl+Shift+I, Alt+F4 where the OS lets the app see it,
// zoom, history…), except the documented combinations: the settings window (issue 7: with the IT PIN)
// and "identify screens" (a big number on each display). Applied on 'before-input-event'.

/** Shows the screens' numbers; fixed, documented in the README. */
export const IDENTIFY_KEYS = 'Ctrl+Alt+Shift+N';

/** The part of Electron's `Input` the decision reads. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export interface KeyCombination {
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Upper-case letter or digit. */
  key: string;
}

export type KeyDecision = 'open-settings' | 'identify-screens' | 'swallow';

export interface KioskShortcuts {
  settings: KeyCombination;
  identify: KeyCombination;
}

/** Parses `Ctrl+Alt+Shift+S` (the config's `kiosk.settingsKeys`, already validated by its schema). */
export function parseKeyCombination(text: string): KeyCombination {
  const parts = text.split('+');
  const key = (parts.pop() ?? '').toUpperCase();
  const has = (name: string) => parts.includes(name);
  if (!/^[A-Z0-9]$/.test(key) || parts.length === 0)
    throw new Error(`"${text}" is not a key combination like Ctrl+Alt+Shift+S.`);
  return { control: has('Ctrl'), alt: has('Alt'), shift: has('Shift'), meta: has('Meta'), key };
}

function matches(input: KeyInput, combination: KeyCombination): boolean {
  return (
    input.type === 'keyDown' &&
    input.key.toUpperCase() === combination.key &&
    input.control === combination.control &&
    input.alt === combination.alt &&
    input.shift === combination.shift &&
    input.meta === combination.meta
  );
}

export function decideKey(input: KeyInput, shortcuts: KioskShortcuts): KeyDecision {
  if (matches(input, shortcuts.settings)) return 'open-settings';
  if (matches(input, shortcuts.identify)) return 'identify-screens';
  return 'swallow';
}
