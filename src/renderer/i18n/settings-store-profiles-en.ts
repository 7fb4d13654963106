// English words of a hub's store profiles, the same keys as French (the type says so).
import type { SettingsStoreProfilesMessages } from './settings-store-profiles-fr.ts';

export const settingsStoreProfilesEn: SettingsStoreProfilesMessages = {
  storeProfiles: {
    title: 'Store profiles',
    intro:
      'A profile says what the stores that follow it show: their own Google and Trustpilot reviews, their Foursquare place, the brand’s feed, statistics, with their brand name, colours and language. Save to apply it: the stores’ screens follow at once.',
    none: 'No profile: every store shows the hub’s panels.',
    unnamed: 'Unnamed profile',
    name: 'Profile name',
    language: 'Screens’ language',
    hubLanguage: 'The hub’s',
    brandName: 'Name shown',
    brandNameHelp: 'Empty: “{{name}}”, the hub’s.',
    ownColors: 'Colours of this profile',
    primary: 'Main colour',
    accent: 'Accent colour',
    panels: 'Panels',
    panelTitle: 'Panel title',
    removePanel: 'Remove this panel',
    networks: 'Networks (none ticked: all)',
    sources: 'Sources (none ticked: all)',
    newPanel: 'New panel',
    addPanel: 'Add a panel',
    remove: 'Delete this profile',
    newName: 'New profile, for example “City-centre stores”',
    add: 'Add the profile',
    reviewsPanel: 'Your reviews',
    brandPanel: 'They talk about us',
    statsPanel: 'Statistics',
  },
};
