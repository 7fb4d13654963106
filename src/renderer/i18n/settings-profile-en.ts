// English words of the Profile view: export, import, change the IT PIN: the same keys as French (the type says so).
import type { SettingsProfileMessages } from './settings-profile-fr.ts';

export const settingsProfileEn: SettingsProfileMessages = {
  profile: {
    title: 'Profile and IT PIN',
    intro:
      'To set up another store PC the same way: export the settings here, import them there. These actions apply at once, without the Save button.',
    exportTitle: 'Export',
    exportHelp:
      'A JSON file with every setting. Without secrets: the accounts’ tokens are left out (to be typed again on the other PC).',
    exportPlain: 'Export without secrets',
    exportSealed: 'Export with secrets',
    exportSealedHelp:
      'The accounts’ tokens are sealed by a passphrase of at least {{count}} characters, asked at import. Keep it apart from the file.',
    passphrase: 'Passphrase',
    passphraseConfirm: 'Confirm the passphrase',
    passphraseShort: 'The passphrase needs at least {{count}} characters.',
    passphraseMismatch: 'The two passphrases differ.',
    exportSealedButton: 'Export with sealed secrets',
    exporting: 'Exporting…',
    exportedPlain: '{{file}} downloaded, without secrets.',
    exportedSealed: '{{file}} downloaded, secrets sealed by the passphrase.',
    failed: 'Failed: {{message}}.',
    importTitle: 'Import',
    importHelp:
      'Replaces every setting of this wall with the file’s (this PC keeps its own addresses and access tokens). The file is checked whole before anything changes.',
    importFile: 'Profile file (JSON)',
    importFileHelp: 'A profile exported by a wall, or a wall’s config.json (its settings as it keeps them).',
    configFile:
      'This file is a wall’s config.json: it will be imported as a profile. Its secrets open only on the PC that wrote it; elsewhere, enter them again, or export a profile with secrets from that PC instead.',
    notAProfile:
      'This file is neither a Social Wall profile nor a config.json: export a profile on the wall to copy (Profile → Export), then import that file.',
    importPassphrase: 'Passphrase (optional)',
    importPassphraseHelp: 'Only for a profile exported with secrets.',
    importPassphraseNeeded: 'This profile has sealed secrets: give its passphrase.',
    importButton: 'Import',
    importing: 'Importing…',
    imported: 'The imported profile is in place; the page shows its settings.',
    unreadable: 'This file is not a readable JSON profile. Nothing was changed.',
    refused_one: '{{count}} value refused:',
    refused_other: '{{count}} values refused:',
    nothingChanged: 'Nothing was changed.',
    pinTitle: 'Change the IT PIN',
    pinHelp: 'The code that opens the settings from the wall. You are already admin: the current PIN is not asked.',
    pinButton: 'Change the PIN',
    pinChanged: 'PIN changed. It will be asked the next time the settings open.',
    pinHelp_headless:
      'The code the kiosk’s settings window asks for. Here, without the kiosk, the “settings” address printed at launch opens the settings without it. You are already admin: the current PIN is not asked.',
    pinChanged_headless:
      'PIN changed. The kiosk’s settings window will ask for it; here, the “settings” address printed at launch still opens the settings without it.',
  },
};
