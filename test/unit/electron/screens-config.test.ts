import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { validateConfig } from '../../../src/main/config/validate-config.ts';

describe('screens and kiosk configuration', () => {
  it('has defaults, so an existing config file stays valid', () => {
    const result = validateConfig({}, connectorRegistry);
    expect(result.ok && result.value.config.screens).toEqual({
      leftToRight: [],
      fewerScreens: 'rotate',
      rotateSeconds: 30,
      extraScreens: 'dark',
    });
    expect(result.ok && result.value.config.kiosk).toEqual({
      settingsKeys: 'Ctrl+Alt+Shift+S',
      nightlyReloadHour: 4,
      panelMemoryLimitMb: 1024,
      startAtLogin: true,
      updates: { window: { from: '02:00', to: '05:00' } },
    });
  });

  it('refuses panel ids that no panel has, naming the field', () => {
    const result = validateConfig({ screens: { leftToRight: ['3', 'nine'], repeatPanel: 'ten' } }, connectorRegistry);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'screens.leftToRight[1]',
      'screens.repeatPanel',
    ]);
  });

  it('refuses a settings key combination without a modifier', () => {
    const result = validateConfig({ kiosk: { settingsKeys: 'S' } }, connectorRegistry);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['kiosk.settingsKeys']);
  });

  it('accepts null to switch the nightly reload off', () => {
    const result = validateConfig({ kiosk: { nightlyReloadHour: null } }, connectorRegistry);
    expect(result.ok && result.value.config.kiosk.nightlyReloadHour).toBeNull();
  });
});
