// English words of the wall's notices for IT and of the moderation desk's refusals: the same keys as
// French (the types say so), and the same things said.
import type { SettingsModerationErrorsMessages, SettingsNoticesMessages } from './settings-notices-fr.ts';

export const settingsNoticesEn: SettingsNoticesMessages = {
  configMovedAside: {
    previous:
      'The configuration file {{file}} was damaged (no longer valid JSON). It was kept as is as {{movedTo}} and the wall uses the previous version ({{previous}}). Check the settings below, then save to write a sound file again.',
    defaults:
      'The configuration file {{file}} was damaged (no longer valid JSON). It was kept as is as {{movedTo}}; with no previous version, the wall uses the default configuration. Enter the settings again (or import a profile), then save.',
  },
  databaseMovedAside:
    'The database {{file}} was damaged ({{problem}}). It was kept as is as {{movedTo}} and the wall started with an empty database: posts will be fetched again from the sources, but those hidden by hand may come back (check the Moderation section). If this happens again, check the computer’s disk and power supply.',
  databaseNewer:
    'The database {{file}} was written by a newer version of Social Wall (schema {{version}}; this version knows up to schema {{latest}}). It was kept intact as {{movedTo}} and the wall started with an empty database. To use it again, install the newer version of Social Wall, stop the wall and put that file back in place of {{file}}.',
  storageFailed:
    'The database {{file}} cannot be written since {{since}} ({{error}}): new posts are not stored and writing is tried again every few seconds; the screens keep showing what they have. Free space on the disk or fix the rights on the data folder: the notice goes away once a write succeeds.',
  /** connector-secrets-unreadable: an I/O error, not its content; the file stays where it is. */
  connectorSecretsUnreadable: {
    withCode: 'The connectors’ token file {{file}} cannot be read ({{error}}).',
    noCode: 'The connectors’ token file {{file}} cannot be read.',
    keptInPlace:
      'It was left in place, neither moved nor replaced: until the next start the wall keeps the connectors’ tokens in memory only, and the sources sign in again with the credentials saved in the settings. Check the rights on the data folder and that no other program (an antivirus) holds this file, then restart the wall.',
  },
  connectorSecrets: {
    reason: {
      'not-json': 'The connectors’ token file {{file}} is unreadable (not valid JSON).',
      damaged: 'The connectors’ token file {{file}} is damaged.',
      'other-key':
        'The connectors’ token file {{file}} cannot be opened with this wall’s key (it was sealed on another computer or account, or with another key file).',
    },
    movedTo: 'It was kept as {{movedTo}}.',
    notMoved: 'It could not be moved aside ({{error}}) and will be replaced at the next change.',
    notMovedNoCode: 'It could not be moved aside and will be replaced at the next change.',
    lostBy:
      'The tokens that {{sources}} obtained while running are lost: those sources sign in again with the credentials saved in the settings; if one of them then shows “token expired”, enter its token or app password again in its settings.',
    lostUnknown:
      'The tokens obtained while running (Bluesky sessions, renewed Google tokens) are lost: those sources sign in again with the credentials saved in the settings; if one of them then shows “token expired”, enter its token or app password again in its settings.',
    notWritten:
      'The connectors’ renewed tokens could not be written to {{file}} ({{error}}): they stay in memory and writing is tried again at the next change. Check the disk’s free space and the rights on the data folder.',
    notWrittenNoCode:
      'The connectors’ renewed tokens could not be written to {{file}}: they stay in memory and writing is tried again at the next change. Check the disk’s free space and the rights on the data folder.',
  },
};

export const settingsModerationErrorsEn: SettingsModerationErrorsMessages = {
  gone: 'The post by {{author}} is no longer on the wall: its author may have deleted it, or it expired. The list was refreshed.',
  alreadyHidden:
    'The post by {{author}} was already hidden (by someone else or by a rule): nothing changed. The list was refreshed.',
  alreadyRestored: 'The post by {{author}} was already on the wall: nothing changed. The list was refreshed.',
};
