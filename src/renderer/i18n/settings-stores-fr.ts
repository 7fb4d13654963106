// French words of the Stores view (a hub's paired store PCs, docs/fleet.md), nested under `settings` in fr.ts.
export const settingsStoresFr = {
  stores: {
    title: 'Magasins',
    intro:
      'Les PC des magasins suivent ce hub : ils affichent ses publications sans appeler les réseaux eux-mêmes. Pour rattacher un magasin, créez un code ici et saisissez-le sur le PC du magasin dans les 10 minutes.',
    notHub:
      'Ce mur n’est pas un hub : il ne rattache pas de magasins. Un hub se lance avec « npm run serve -- --hub » (voir docs/fleet.md).',
    pairTitle: 'Rattacher un magasin',
    storeName: 'Nom du magasin',
    storeNameHelp: 'Tel qu’il apparaîtra dans cette liste, par exemple « Lyon Part-Dieu ».',
    pairButton: 'Créer un code',
    pairing: 'Création…',
    codeTitle: 'Code pour {{name}}',
    codeExpires: 'Valable une seule fois, jusqu’à {{time}}.',
    codeHow: 'Sur le PC du magasin :',
    listTitle: 'Magasins rattachés',
    none: 'Aucun magasin rattaché pour l’instant.',
    name: 'Magasin',
    device: 'PC',
    pairedAt: 'Rattaché le',
    lastContact: 'Dernier contact',
    version: 'Version',
    never: 'jamais',
    unknown: 'inconnue',
    revoke: 'Retirer',
    revokeConfirm:
      'Retirer « {{name}} » ? Son PC ne pourra plus rien afficher du hub tant qu’il n’aura pas été rattaché à nouveau.',
    revoked: '« {{name}} » est retiré : son accès est coupé.',
    profile: 'Profil',
    profileOf: 'Profil de {{name}}',
    hubPanels: 'Panneaux du siège',
    removedProfile: 'Profil supprimé (panneaux du siège)',
    assigned: '« {{name}} » affiche maintenant : {{profile}}.',
    failed: 'Le hub ne répond pas : {{message}}',
    update: 'Mise à jour',
    updateNone: 'pas encore de nouvelles',
    updateStates: {
      'up-to-date': 'à jour',
      downloading: 'téléchargement de {{release}}',
      installing: 'installation de {{release}}',
      installed: '{{release}} installée',
      refused: '{{release}} refusée',
      failed: '{{release}} en échec',
      'rolled-back': 'revenu à la version précédente ({{release}} en échec)',
    },
  },
};

export type SettingsStoresMessages = typeof settingsStoresFr;
