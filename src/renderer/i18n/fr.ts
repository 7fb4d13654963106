// French, the wall's default language: every word the panels show. i18next resources; plural forms
// use i18next's `_zero` / `_one` / `_other` suffixes, variants its `_context` suffix.
import { settingsFr } from './settings-fr.ts';
import { settingsSourcesFr } from './settings-sources-fr.ts';
import { settingsPanelsFr } from './settings-panels-fr.ts';
import { settingsModerationFr } from './settings-moderation-fr.ts';
import { settingsProfileFr } from './settings-profile-fr.ts';
import { settingsStoresFr } from './settings-stores-fr.ts';
import { settingsStoreProfilesFr } from './settings-store-profiles-fr.ts';
import { settingsSetupFr } from './settings-setup-fr.ts';
import { statsFr } from './stats-fr.ts';
import { settingsPinFr } from './settings-pin-fr.ts';
import { settingsListFr } from './settings-list-fr.ts';
import { settingsLogoFr } from './settings-logo-fr.ts';
import { settingsModerationErrorsFr, settingsNoticesFr } from './settings-notices-fr.ts';

export const fr = {
  demoBadge: 'Données de démonstration',
  loading: 'Chargement…',
  reconnecting: 'Reconnexion…',
  // A store PC following its hub, in the header while the link is down: « hors ligne depuis 10 min ».
  hubOffline: 'hors ligne depuis {{duration}}',
  hubRevoked: 'accès retiré par le siège : à rapparier',
  storagePaused: 'Nouveaux messages en pause : {{reason}}',
  storageReason: { full: 'disque plein', readOnly: 'stockage en lecture seule', failed: 'stockage en panne' },
  unknownPanel: 'Aucun panneau « {{id}} » n’est configuré (panneaux : {{known}}).',
  notAuthorised: 'Accès refusé : rouvrez l’adresse du panneau affichée au lancement du mur.',
  cannotReachEngine: 'Le mur ne répond pas, nouvelle tentative…',
  none: 'aucun',
  emptyTitle: 'Votre avis a sa place ici',
  emptyHowTo: 'Publiez avec',
  emptyMention: 'ou mentionnez',
  emptyNoTag: 'Les messages à propos de {{brand}} s’afficheront ici.',
  emptyScan: 'Scannez pour publier',
  // « d’Atelier Nova », « de Garage Martin »: French elides before a vowel (context "vowel").
  brandReply: 'Réponse de {{brand}}',
  brandReply_vowel: 'Réponse d’{{brand}}',
  answeredIn: 'Répondu en {{duration}}',
  answered: 'Répondu',
  waitingFor: 'En attente depuis {{duration}}',
  // « reçu il y a 5 min »: the network's date was unusable (in the future, unreadable): this is when the wall got it.
  receivedAgo: 'reçu {{time}}',
  newPost: 'Nouveau',
  stars_one: '{{count}} étoile sur 5',
  stars_other: '{{count}} étoiles sur 5',
  imageAlt: 'Image publiée par {{author}}',
  video: 'Vidéo',
  contentWarning: 'Avertissement : {{warning}}',
  sensitive: 'Contenu sensible',
  hiddenPicture: 'Photo masquée',
  hiddenVideo: 'Vidéo masquée',
  health: { starting: 'démarrage', ok: 'en ligne', degraded: 'perturbé', failing: 'indisponible', paused: 'en pause' },
  sourceHealth: '{{networks}} : {{state}}',
  networks: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    x: 'X',
    foursquare: 'Foursquare',
    mastodon: 'Mastodon',
    bluesky: 'Bluesky',
    google: 'Google',
    trustpilot: 'Trustpilot',
    site: 'Notre site',
    web: 'Web',
  },
  duration: { s: '{{n}} s', min: '{{n}} min', h: '{{h}} h', hmin: '{{h}} h {{min}}', d: '{{n}} j' },
  stats: statsFr,
  settings: {
    ...settingsFr,
    ...settingsSourcesFr,
    ...settingsPanelsFr,
    ...settingsModerationFr,
    ...settingsProfileFr,
    ...settingsStoresFr,
    ...settingsStoreProfilesFr,
    ...settingsSetupFr,
    pin: settingsPinFr,
    logo: settingsLogoFr,
    list: settingsListFr,
    wallNotices: settingsNoticesFr,
    moderationErrors: settingsModerationErrorsFr,
  },
};

export type WallMessages = typeof fr;
