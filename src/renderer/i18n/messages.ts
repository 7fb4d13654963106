// Every word the panels show, in French (the default) and English. Plain data and small functions,
// so the full wall design can add strings without a framework.
import type { Language } from '../../shared/config.ts';
import type { HealthState } from '../../shared/health.ts';
import type { Network } from '../../shared/post.ts';

export interface Messages {
  demoBadge: string;
  loading: string;
  reconnecting: string;
  unknownPanel: (id: string, known: string[]) => string;
  notAuthorised: string;
  cannotReachEngine: string;
  emptyFeedTitle: string;
  emptyFeedHint: (hashtag: string | undefined) => string;
  brandReply: (brand: string) => string;
  stars: (rating: number) => string;
  imageFallbackAlt: (author: string) => string;
  contentWarning: (warning: string) => string;
  health: Record<HealthState, string>;
  sourceHealth: (sourceId: string, state: string) => string;
  networks: Record<Network, string>;
  statsNetwork: string;
  statsToday: string;
  statsTotal: string;
  statsAllNetworks: string;
  statsNoData: string;
  hiddenPosts: (count: number) => string;
  statsUpdated: (time: string) => string;
}

const NETWORK_NAMES: Omit<Record<Network, string>, 'site'> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  foursquare: 'Foursquare',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  google: 'Google',
  trustpilot: 'Trustpilot',
};

const fr: Messages = {
  demoBadge: 'Données de démonstration',
  loading: 'Chargement…',
  reconnecting: 'Reconnexion…',
  unknownPanel: (id, known) => `Aucun panneau « ${id} » n’est configuré (panneaux : ${known.join(', ') || 'aucun'}).`,
  notAuthorised: 'Accès refusé : rouvrez l’adresse du panneau affichée au lancement du mur.',
  cannotReachEngine: 'Le mur ne répond pas, nouvelle tentative…',
  emptyFeedTitle: 'Pas encore de publication',
  emptyFeedHint: (tag) => (tag ? `Parlez de nous avec ${tag} : votre message s’affichera ici.` : 'Les messages à propos de la marque s’afficheront ici.'),
  // « d’Atelier Nova », « de Garage Martin »: French elides before a vowel.
  brandReply: (brand) => (/^[aeiouyàâäéèêëîïôöùûü]/i.test(brand) ? `Réponse d’${brand}` : `Réponse de ${brand}`),
  stars: (n) => `${n} étoile${n > 1 ? 's' : ''} sur 5`,
  imageFallbackAlt: (author) => `Image publiée par ${author}`,
  contentWarning: (w) => `Avertissement : ${w}`,
  health: { starting: 'démarrage', ok: 'en ligne', degraded: 'perturbé', failing: 'en panne', paused: 'en pause' },
  sourceHealth: (id, state) => `Source ${id} : ${state}`,
  networks: { ...NETWORK_NAMES, site: 'Notre site' },
  statsNetwork: 'Réseau',
  statsToday: 'Aujourd’hui',
  statsTotal: 'Total',
  statsAllNetworks: 'Tous les réseaux',
  statsNoData: 'Pas encore de statistiques.',
  hiddenPosts: (n) => (n === 0 ? 'Aucune publication masquée : rien n’est filtré.' : `${n} publication${n > 1 ? 's' : ''} masquée${n > 1 ? 's' : ''} par la modération`),
  statsUpdated: (t) => `Mis à jour à ${t}`,
};

const en: Messages = {
  demoBadge: 'Demo data',
  loading: 'Loading…',
  reconnecting: 'Reconnecting…',
  unknownPanel: (id, known) => `No panel "${id}" is configured (panels: ${known.join(', ') || 'none'}).`,
  notAuthorised: 'Access denied: reopen the panel address printed when the wall started.',
  cannotReachEngine: 'The wall is not answering, retrying…',
  emptyFeedTitle: 'No posts yet',
  emptyFeedHint: (tag) => (tag ? `Talk about us with ${tag}: your post will show here.` : 'Posts about the brand will show here.'),
  brandReply: (brand) => `Reply from ${brand}`,
  stars: (n) => `${n} star${n > 1 ? 's' : ''} out of 5`,
  imageFallbackAlt: (author) => `Image posted by ${author}`,
  contentWarning: (w) => `Content warning: ${w}`,
  health: { starting: 'starting', ok: 'online', degraded: 'degraded', failing: 'failing', paused: 'paused' },
  sourceHealth: (id, state) => `Source ${id}: ${state}`,
  networks: { ...NETWORK_NAMES, site: 'Our site' },
  statsNetwork: 'Network',
  statsToday: 'Today',
  statsTotal: 'Total',
  statsAllNetworks: 'All networks',
  statsNoData: 'No statistics yet.',
  hiddenPosts: (n) => (n === 0 ? 'No post hidden: nothing is filtered.' : `${n} post${n > 1 ? 's' : ''} hidden by moderation`),
  statsUpdated: (t) => `Updated at ${t}`,
};

export const MESSAGES: Record<Language, Messages> = { fr, en };
