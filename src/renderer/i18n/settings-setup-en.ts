// English words of the guided first setup: the same keys as French (the type says so).
import type { SettingsSetupMessages } from './settings-setup-fr.ts';

export const settingsSetupEn: SettingsSetupMessages = {
  setup: {
    title: 'First setup',
    intro: 'The wall runs on demo data. A few steps to show your real customers.',
    intro_set:
      'A few steps to set the wall up: the IT PIN, your brand, an account, what each screen shows, the language.',
    stepOf: 'Step {{step}} of {{total}}',
    steps: {
      pin: 'IT PIN',
      brand: 'Your brand',
      account: 'First account',
      screens: 'The screens',
      language: 'Language',
    },
    brandHelp: 'The name shown on the wall, and the words your customers use to talk about you.',
    accountHelp: 'Connect a first account. Test the connection before going on; you can add more later.',
    screensHelp: 'What each screen shows. The account you just added appears according to its networks.',
    languageHelp: 'The language of the wall and of these settings.',
    next: 'Continue',
    back: 'Back',
    finish: 'Finish and remove the demo',
    finish_set: 'Finish and save',
    skip: 'Skip: go to the full settings',
    needAccount: 'Add an account (and test it) to go on.',
    demoGone: 'The demo will be removed: the wall will show your sources only.',
  },
};
