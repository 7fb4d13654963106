import { describe, expect, it } from 'vitest';
import { PanelsShown } from '../../../src/main/electron/updates/panels-shown.ts';

describe("a new version's panels shown (its update trial)", () => {
  it('once every placed panel window answered, and not while one failed since', () => {
    const shown = new PanelsShown();
    expect(shown.all([])).toBe(false);
    shown.answered('panel-1@a');
    expect(shown.all(['panel-1@a', 'panel-2@b'])).toBe(false);
    shown.answered('panel-2@b');
    shown.failed('panel-1@a');
    expect(shown.all(['panel-1@a', 'panel-2@b'])).toBe(false);
    shown.answered('panel-1@a');
    expect(shown.all(['panel-1@a', 'panel-2@b'])).toBe(true);
  });
});
