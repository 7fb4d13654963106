// English: the same keys as French (the type says so), chosen by the configuration's `language`.
import type { WallMessages } from './fr.ts';
import { settingsEn } from './settings-en.ts';
import { settingsSourcesEn } from './settings-sources-en.ts';
import { settingsPanelsEn } from './settings-panels-en.ts';
import { settingsModerationEn } from './settings-moderation-en.ts';
import { settingsProfileEn } from './settings-profile-en.ts';
import { settingsStoresEn } from './settings-stores-en.ts';
import { settingsStoreProfilesEn } from './settings-store-profiles-en.ts';
import { settingsSetupEn } from './settings-setup-en.ts';
import { statsEn } from './stats-en.ts';
import { settingsPinEn } from './settings-pin-en.ts';
import { settingsListEn } from './settings-list-en.ts';
import { settingsLogoEn } from './settings-logo-en.ts';
import { settingsModerationErrorsEn, settingsNoticesEn } from './settings-notices-en.ts';

export const en: WallMessages = {
  demoBadge: 'Demo data',
  loading: 'Loading…',
  reconnecting: 'Reconnecting…',
  hubOffline: 'offline for {{duration}}',
  hubRevoked: 'access withdrawn by the hub: pair again',
  storagePaused: 'New posts on hold: {{reason}}',
  storageReason: { full: 'disk full', readOnly: 'storage read-only', failed: 'storage failing' },
  unknownPanel: 'No panel "{{id}}" is configured (panels: {{known}}).',
  notAuthorised: 'Access denied: reopen the panel address printed when the wall started.',
  cannotReachEngine: 'The wall is not answering, retrying…',
  none: 'none',
  emptyTitle: 'Your voice belongs here',
  emptyHowTo: 'Post with',
  emptyMention: 'or mention',
  emptyNoTag: 'Posts about {{brand}} will show here.',
  emptyScan: 'Scan to post',
  brandReply: 'Reply from {{brand}}',
  brandReply_vowel: 'Reply from {{brand}}',
  answeredIn: 'Answered in {{duration}}',
  answered: 'Answered',
  waitingFor: 'Waiting {{duration}} for an answer',
  receivedAgo: 'received {{time}}',
  newPost: 'New',
  stars_one: '{{count}} star out of 5',
  stars_other: '{{count}} stars out of 5',
  imageAlt: 'Image posted by {{author}}',
  video: 'Video',
  contentWarning: 'Content warning: {{warning}}',
  sensitive: 'Sensitive content',
  hiddenPicture: 'Picture hidden',
  hiddenVideo: 'Video hidden',
  health: { starting: 'starting', ok: 'online', degraded: 'degraded', failing: 'unavailable', paused: 'paused' },
  sourceHealth: '{{networks}}: {{state}}',
  networks: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    x: 'X',
    foursquare: 'Foursquare',
    mastodon: 'Mastodon',
    bluesky: 'Bluesky',
    google: 'Google',
    trustpilot: 'Trustpilot',
    site: 'Our site',
    web: 'Web',
  },
  duration: { s: '{{n}} s', min: '{{n}} min', h: '{{h}} h', hmin: '{{h}} h {{min}}', d: '{{n}} d' },
  stats: statsEn,
  settings: {
    ...settingsEn,
    ...settingsSourcesEn,
    ...settingsPanelsEn,
    ...settingsModerationEn,
    ...settingsProfileEn,
    ...settingsStoresEn,
    ...settingsStoreProfilesEn,
    ...settingsSetupEn,
    pin: settingsPinEn,
    logo: settingsLogoEn,
    list: settingsListEn,
    wallNotices: settingsNoticesEn,
    moderationErrors: settingsModerationErrorsEn,
  },
};
