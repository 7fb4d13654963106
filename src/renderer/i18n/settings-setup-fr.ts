// French words of the guided first setup, nested under `settings` in fr.ts.
export const settingsSetupFr = {
  setup: {
    title: 'Premiers réglages',
    intro: 'Le mur tourne sur des données de démonstration. Quelques étapes pour montrer vos vrais clients.',
    intro_set:
      'Quelques étapes pour mettre le mur en place : le code IT, votre marque, un compte, ce que montre chaque écran, la langue.',
    stepOf: 'Étape {{step}} sur {{total}}',
    steps: {
      pin: 'Code IT',
      brand: 'Votre marque',
      account: 'Premier compte',
      screens: 'Les écrans',
      language: 'Langue',
    },
    brandHelp: 'Le nom affiché sur le mur, et les mots que vos clients utilisent pour parler de vous.',
    accountHelp:
      'Connectez un premier compte. Testez la connexion avant de continuer ; vous pourrez en ajouter d’autres ensuite.',
    screensHelp: 'Ce que montre chaque écran. Le compte que vous venez d’ajouter y apparaîtra selon ses réseaux.',
    languageHelp: 'La langue du mur et de ces réglages.',
    next: 'Continuer',
    back: 'Retour',
    finish: 'Terminer et retirer la démonstration',
    finish_set: 'Terminer et enregistrer',
    skip: 'Passer : aller aux réglages complets',
    needAccount: 'Ajoutez un compte (et testez-le) pour continuer.',
    demoGone: 'La démonstration sera retirée : le mur ne montrera que vos sources.',
  },
};

export type SettingsSetupMessages = typeof settingsSetupFr;
