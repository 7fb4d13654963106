// The settings window is issue 7 (with the IT PIN). The kiosk only detects the key combination and hands
// it to this interface; until the window exists, the request is logged.
import type { Logger } from '../../logger.ts';

export interface SettingsOpener {
  open(fromPanel: string): void;
}

export function loggingSettingsOpener(logger: Logger): SettingsOpener {
  return { open: (fromPanel) => logger.info('settings requested (the settings window comes with issue 7)', { fromPanel }) };
}
