// French words of the Moderation view: transparency first, rules, hide and restore, the audit, nested under `settings` in fr.ts.
export const settingsModerationFr = {
  transparency: {
    title: 'Transparence',
    off: 'La modération est désactivée par défaut.',
    why: 'Le mur montre ce que les clients disent, critiques comprises. Effacer une critique est ce que les clients sanctionnent le plus : cela se voit, se raconte, et coûte plus cher que la critique elle-même. Mieux vaut y répondre, en public : la réponse de la marque s’affiche sous la publication.',
    later:
      'Si vous activez une règle ou masquez une publication, c’est consigné dans le journal ci-dessous (quoi, pourquoi, qui, quand) et réversible ; le compteur du mur le montre.',
  },
  moderation: {
    title: 'Modération',
    loading: 'Chargement…',
    loadFailed: 'La modération ne répond pas : {{message}}',
    states: { live: 'affichée', hidden: 'masquée', deleted: 'supprimée par son auteur' },
    rules: {
      title: 'Règles (toutes désactivées par défaut)',
      intro:
        'Elles s’appliquent aux publications qui arrivent, et à celles que leur source ramène. Enregistrez pour les appliquer. Un changement s’applique aussi aux publications déjà affichées : celles qu’une nouvelle règle masque quittent les écrans, et celles masquées par une règle qui ne s’applique plus reviennent (jamais une publication masquée ou rétablie par une personne).',
      profanity: 'Masquer les grossièretés',
      profanityLists: { fr: 'Liste française', en: 'Liste anglaise' },
      profanityHelp: 'Une publication qui contient un mot de la liste cochée est masquée.',
      authors: 'Auteurs bloqués',
      authorsHelp:
        'Un par ligne : @compte (tous les réseaux) ou réseau:@compte (par exemple x:@spammeur). L’identifiant de l’auteur convient aussi.',
      keywords: 'Mots bloqués',
      keywordsHelp:
        'Un par ligne : mots, expressions ou #hashtags, mots entiers, sans tenir compte des majuscules ni des accents.',
      content: 'Contenu affiché',
      contentHelp: 'Pour un écran qui ne doit montrer que des images, ou que du texte.',
      contents: {
        all: 'Tout',
        'media-only': 'Seulement les publications avec image ou vidéo',
        'text-only': 'Seulement les publications sans image ni vidéo',
      },
    },
    recent: {
      title: 'Publications récentes',
      intro:
        'Les dernières publications reçues, masquées comprises. Masquer retire la publication des écrans aussitôt ; Rétablir l’y remet.',
      why: 'Raison du masquage (facultatif, consignée dans le journal)',
      none: 'Aucune publication pour l’instant.',
      noText: '(sans texte)',
      hide: 'Masquer cette publication',
      restore: 'Rétablir',
      hideLabel: 'Masquer cette publication de {{author}} ({{network}})',
      restoreLabel: 'Rétablir la publication de {{author}} ({{network}})',
      hiddenDone: 'Publication de {{author}} masquée : elle a quitté les écrans.',
      restoredDone: 'Publication de {{author}} rétablie sur les écrans.',
      failed: 'Impossible : {{message}}',
    },
    audit: {
      title: 'Journal de modération',
      hidden_zero: 'Aucune publication masquée en ce moment.',
      hidden_one: '{{count}} publication masquée en ce moment.',
      hidden_other: '{{count}} publications masquées en ce moment.',
      none: 'Rien n’a été masqué.',
      what: 'Quoi',
      why: 'Pourquoi',
      who: 'Qui',
      when: 'Quand',
      restored: 'Rétablie',
      actions: { hide: 'Masquée :', restore: 'Rétablie :' },
      postBy: 'publication de {{author}} ({{network}})',
      whoIs: { rule: 'une règle', admin: 'une personne (réglages)' },
      reasons: {
        person: 'masquée par une personne, sans raison donnée',
        'blocked-author': 'auteur bloqué',
        'blocked-keyword': 'mot bloqué : « {{keyword}} »',
        'media-only': 'sans image ni vidéo (l’écran ne montre que les publications avec image)',
        'text-only': 'avec image ou vidéo (l’écran ne montre que du texte)',
        profanity: 'grossièreté ({{list}})',
        lists: { fr: 'liste française', en: 'liste anglaise' },
      },
      more: 'Plus (entrées plus anciennes)',
    },
  },
};

export type SettingsModerationMessages = typeof settingsModerationFr;
