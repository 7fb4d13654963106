// French words of a list of objects in a source's options form (e.g. Mastodon's instances: one sub-form
// per item, "Add" / "Remove"), nested under `settings.list`.
export const settingsListFr = {
  item: '{{name}} {{n}}',
  add: 'Ajouter : {{name}}',
  remove: 'Retirer {{item}}',
  empty: 'Aucun élément pour l’instant.',
  max: '{{max}} au plus.',
};

export type SettingsListMessages = typeof settingsListFr;
