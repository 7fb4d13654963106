// What the kiosk does with the settings key combination: kiosk-keys.ts detects it on a panel and hands it
// to this interface; settings/settings-window.ts implements it (one window over the wall, IT PIN first).
export interface SettingsOpener {
  /** `fromPanel`: the key of the panel window that heard the keys (the window opens on its screen). */
  open(fromPanel: string): void;
}
