// French words of the Sources view: the list, live health, Test connection, nested under `settings` in fr.ts.
import type { ConnectorErrorKind } from '../../shared/connector-error-kind.ts';

/** One word and one piece of advice per connector error kind: a kind added to the one list without them fails the typecheck. */
type PerErrorKind = Record<ConnectorErrorKind, string>;
export const settingsSourcesFr = {
  sources: {
    title: 'Sources',
    intro: 'Un compte par réseau. Chaque source lit ses publications et dit ici comment elle va.',
    none: 'Aucune source : le mur n’a rien à montrer.',
    add: 'Ajouter une source',
    addTitle: 'Nouvelle source',
    type: 'Réseau',
    chooseType: 'Choisissez un réseau…',
    id: 'Nom de la source',
    idHelp:
      'Votre nom court pour cette source, en minuscules (par exemple « x-marque ») : les panneaux et la liste des états l’utilisent. Ce n’est pas une valeur du réseau.',
    pollSeconds: 'Intervalle de lecture (secondes)',
    pollHelp: 'Par défaut {{default}} s, au moins {{min}} s.',
    enabled: 'Active',
    edit: 'Modifier',
    close: 'Fermer',
    remove: 'Retirer',
    removeConfirm: 'Retirer la source {{id}} ? Elle disparaît aussi des panneaux.',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    paused: 'en pause',
    notSaved: 'pas encore enregistrée',
    sourceLabel: 'Source {{id}} ({{type}})',
    editTitle: 'Réglages de {{id}}',
    options: 'Options du connecteur',
  },
  health: {
    title: 'État',
    state: { starting: 'démarrage', ok: 'en ligne', degraded: 'perturbée', failing: 'en échec', paused: 'en pause' },
    unknown: 'pas encore d’état',
    unavailable:
      'L’état en direct des sources n’est pas disponible dans cette fenêtre (le serveur le refuse à l’accès administrateur seul).',
    lastSuccess: 'Dernière lecture réussie : {{when}}',
    neverSucceeded: 'Aucune lecture réussie pour l’instant',
    lastError: 'Dernière erreur ({{when}}) :',
    accepted_zero: 'Aucune publication reçue depuis le lancement',
    accepted_one: '{{count}} publication reçue depuis le lancement',
    accepted_other: '{{count}} publications reçues depuis le lancement',
    // Items the wall could not show at all (no identity, nothing to show); the others show without what was unsafe.
    refused_one: '{{count}} élément refusé depuis la création de la source',
    refused_other: '{{count}} éléments refusés depuis la création de la source',
    lastRefusal: 'Dernier refus ({{when}}) : {{reason}} —',
    refusal: {
      'no-key': 'sans identifiant de publication',
      'no-author': 'sans auteur (ni identifiant, ni nom, ni pseudo)',
      'nothing-to-show': 'rien à montrer (ni texte, ni image, ni note)',
      unreadable: 'illisible',
    },
    xReads_one: 'X : {{reads}} publication lue ce mois, {{spend}} dépensés sur {{budget}}',
    xReads_other: 'X : {{reads}} publications lues ce mois, {{spend}} dépensés sur {{budget}}',
    hashtags_one: 'Instagram : {{used}} hashtag utilisé sur {{limit}} (7 jours glissants)',
    hashtags_other: 'Instagram : {{used}} hashtags utilisés sur {{limit}} (7 jours glissants)',
    rateLimit: 'Quota d’appels restant : {{remaining}} sur {{limit}}',
    usage: 'Utilisation de l’API : {{percent}} %',
    connectorNote: 'Le connecteur signale :',
    /** A connector's note, from its code (src/shared/source-note.ts; worded by source-note-text.ts). */
    notes: {
      hashtagsRefused_one:
        'Instagram : {{hashtags}} n’est pas suivi, le compte a déjà utilisé ses {{limit}} hashtags des 7 derniers jours.',
      hashtagsRefused_other:
        'Instagram : {{hashtags}} ne sont pas suivis, le compte a déjà utilisé ses {{limit}} hashtags des 7 derniers jours.',
      hashtagFrees: 'Une place se libère le {{frees}}.',
      instanceFailing: 'Instance Mastodon {{instance}} non lue ({{kind}}) : {{advice}} Les autres instances sont lues.',
      accountUnknown:
        'L’instance {{instance}} ne connaît pas le compte de la marque {{account}} : vérifiez-le dans les options de la source. Le mur le recherche toutes les 10 minutes.',
      feedFailing: 'Flux {{feed}} non lu ({{kind}}) : {{advice}} Les autres flux sont lus.',
      streamReconnecting:
        'Le flux en direct est coupé ({{kind}}) : il se reconnecte de lui-même, et les lectures régulières continuent en attendant.',
    },
    slowdown:
      'Ralentie : {{percent}} % du quota horaire de l’application utilisé — une lecture toutes les {{minutes}} min, les publications arrivent plus tard',
  },
  test: {
    button: 'Tester la connexion',
    running: 'Test en cours…',
    ok_zero: 'Connexion réussie : aucune publication trouvée pour l’instant.',
    ok_one: 'Connexion réussie : {{count}} publication trouvée.',
    ok_other: 'Connexion réussie : {{count}} publications trouvées.',
    failed: 'Échec ({{kind}}) : {{advice}}',
    detail: 'Message reçu :',
    fieldError: '{{field}} : {{message}}',
    kinds: {
      auth: 'accès',
      'rate-limit': 'quota',
      network: 'réseau',
      server: 'serveur du réseau',
      config: 'réglage',
      'invalid-response': 'réponse illisible',
    } satisfies PerErrorKind,
    advice: {
      auth: 'le réseau refuse le jeton ou l’identifiant, ou il manque une permission : vérifiez-le ou collez-en un nouveau (l’aide du champ dit où le trouver).',
      'rate-limit': 'le quota d’appels du réseau est atteint : le mur reprendra de lui-même quand il se renouvelle.',
      network: 'le réseau ne répond pas : vérifiez la connexion Internet du PC (pare-feu, proxy) et l’adresse.',
      server: 'le serveur du réseau est en erreur : rien à corriger ici, le mur réessaiera.',
      config: 'un réglage ne convient pas au réseau (identifiant de page ou de lieu, compte, adresse) : corrigez-le.',
      'invalid-response': 'la réponse reçue n’est pas celle de l’API attendue : vérifiez l’adresse de l’API.',
    } satisfies PerErrorKind,
    invalid: 'Corrigez d’abord : {{message}}',
  },
};

export type SettingsSourcesMessages = typeof settingsSourcesFr;
