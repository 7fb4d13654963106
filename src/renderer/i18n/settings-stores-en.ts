// English words of the Stores view, the same keys as French (the type says so).
import type { SettingsStoresMessages } from './settings-stores-fr.ts';

export const settingsStoresEn: SettingsStoresMessages = {
  stores: {
    title: 'Stores',
    intro:
      'The store PCs follow this hub: they show its posts without calling the networks themselves. To pair a store, create a code here and type it on the store’s PC within 10 minutes.',
    notHub:
      'This wall is not a hub: it pairs no stores. A hub is started with “npm run serve -- --hub” (see docs/fleet.md).',
    pairTitle: 'Pair a store',
    storeName: 'Store name',
    storeNameHelp: 'As it will appear in this list, for example “Lyon Part-Dieu”.',
    pairButton: 'Create a code',
    pairing: 'Creating…',
    codeTitle: 'Code for {{name}}',
    codeExpires: 'Good once, until {{time}}.',
    codeHow: 'On the store’s PC:',
    listTitle: 'Paired stores',
    none: 'No store paired yet.',
    name: 'Store',
    device: 'PC',
    pairedAt: 'Paired on',
    lastContact: 'Last contact',
    version: 'Version',
    never: 'never',
    unknown: 'unknown',
    revoke: 'Remove',
    revokeConfirm: 'Remove “{{name}}”? Its PC will show nothing from the hub until it is paired again.',
    revoked: '“{{name}}” is removed: its access is cut.',
    profile: 'Profile',
    profileOf: 'Profile of {{name}}',
    hubPanels: 'The hub’s panels',
    removedProfile: 'Removed profile (the hub’s panels)',
    assigned: '“{{name}}” now shows: {{profile}}.',
    failed: 'The hub is not answering: {{message}}',
    update: 'Update',
    updateNone: 'no news yet',
    updateStates: {
      'up-to-date': 'up to date',
      downloading: 'downloading {{release}}',
      installing: 'installing {{release}}',
      installed: '{{release}} installed',
      refused: '{{release}} refused',
      failed: '{{release}} failed',
      'rolled-back': 'back on the previous version ({{release}} failed)',
    },
  },
};
