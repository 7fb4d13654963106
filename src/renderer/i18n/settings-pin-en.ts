// English words of the IT PIN, the same keys as French (the type says so).
import type { SettingsPinMessages } from './settings-pin-fr.ts';

export const settingsPinEn: SettingsPinMessages = {
  promptTitle: 'Settings locked',
  promptIntro: 'Enter the IT PIN to open the wall’s settings.',
  label: 'IT PIN',
  help: '4 to 12 digits.',
  unlock: 'Unlock',
  unlocking: 'Checking…',
  wrong: 'Wrong PIN. Try again.',
  locked_one: 'Too many wrong PINs: try again in {{count}} second.',
  locked_other: 'Too many wrong PINs: try again in {{count}} seconds.',
  noPin: 'No IT PIN has been chosen yet: open the settings with the "settings" address printed when the wall started.',
  failed: 'The wall is not answering: {{message}}',
  chooseTitle: 'Choose the IT PIN',
  chooseIntro:
    'This PIN opens the settings from the wall (with the key combination). Write it down: it is not shown again.',
  newPin: 'New IT PIN',
  confirm: 'Confirm the PIN',
  mismatch: 'The two PINs differ.',
  invalid: 'The PIN is 4 to 12 digits.',
  choose: 'Save the PIN',
  choosing: 'Saving…',
  chosen: 'IT PIN saved. It will be asked the next time the settings open.',
  chooseIntro_headless:
    'This PIN locks the kiosk’s settings window (opened from the wall with the key combination). Here, without the kiosk, the “settings” address printed at launch opens the settings, with no PIN: keep it to yourself. Write the PIN down: it is not shown again.',
  chosen_headless:
    'IT PIN saved. The kiosk’s settings window will ask for it; here, the “settings” address printed at launch still opens the settings without it.',
};
