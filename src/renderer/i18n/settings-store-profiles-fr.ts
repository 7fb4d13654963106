// French words of a hub's store profiles (the Stores view, docs/fleet.md), nested under `settings` in fr.ts.
export const settingsStoreProfilesFr = {
  storeProfiles: {
    title: 'Profils des magasins',
    intro:
      'Un profil dit ce qu’affichent les magasins qui le suivent : leurs propres avis Google et Trustpilot, leur lieu Foursquare, le fil de la marque, les statistiques, avec leur nom de marque, leurs couleurs et leur langue. Enregistrez pour l’appliquer : les écrans des magasins suivent aussitôt.',
    none: 'Aucun profil : chaque magasin affiche les panneaux du siège.',
    unnamed: 'Profil sans nom',
    name: 'Nom du profil',
    language: 'Langue des écrans',
    hubLanguage: 'Celle du siège',
    brandName: 'Nom affiché',
    brandNameHelp: 'Vide : « {{name}} », celui du siège.',
    ownColors: 'Couleurs propres à ce profil',
    primary: 'Couleur principale',
    accent: 'Couleur d’accent',
    panels: 'Panneaux',
    panelTitle: 'Titre du panneau',
    removePanel: 'Retirer ce panneau',
    networks: 'Réseaux (aucun coché : tous)',
    sources: 'Sources (aucune cochée : toutes)',
    newPanel: 'Nouveau panneau',
    addPanel: 'Ajouter un panneau',
    remove: 'Supprimer ce profil',
    newName: 'Nouveau profil, par exemple « Magasins de centre-ville »',
    add: 'Ajouter le profil',
    reviewsPanel: 'Vos avis',
    brandPanel: 'Ils parlent de nous',
    statsPanel: 'Statistiques',
  },
};

export type SettingsStoreProfilesMessages = typeof settingsStoreProfilesFr;
