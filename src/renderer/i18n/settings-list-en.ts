// English words of a list of objects in a source's options form, the same keys as French (the type says so).
import type { SettingsListMessages } from './settings-list-fr.ts';

export const settingsListEn: SettingsListMessages = {
  item: '{{name}} {{n}}',
  add: 'Add: {{name}}',
  remove: 'Remove {{item}}',
  empty: 'Nothing yet.',
  max: '{{max}} at most.',
};
