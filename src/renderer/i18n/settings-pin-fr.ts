// French words of the IT PIN (the settings window's lock, and the first start's "choose the PIN" step),
// nested under `settings.pin`.
export const settingsPinFr = {
  promptTitle: 'Réglages verrouillés',
  promptIntro: 'Entrez le code IT pour ouvrir les réglages du mur.',
  label: 'Code IT',
  help: '4 à 12 chiffres.',
  unlock: 'Déverrouiller',
  unlocking: 'Vérification…',
  wrong: 'Code incorrect. Réessayez.',
  locked_one: 'Trop d’essais incorrects : réessayez dans {{count}} seconde.',
  locked_other: 'Trop d’essais incorrects : réessayez dans {{count}} secondes.',
  noPin:
    'Aucun code IT n’a encore été choisi : ouvrez les réglages avec l’adresse « settings » affichée au lancement du mur.',
  failed: 'Le mur ne répond pas : {{message}}',
  chooseTitle: 'Choisissez le code IT',
  chooseIntro:
    'Ce code ouvre les réglages depuis le mur (avec la combinaison de touches). Notez-le : il n’est pas affiché ensuite.',
  newPin: 'Nouveau code IT',
  confirm: 'Confirmez le code',
  mismatch: 'Les deux codes ne sont pas identiques.',
  invalid: 'Le code compte 4 à 12 chiffres.',
  choose: 'Enregistrer le code',
  choosing: 'Enregistrement…',
  chosen: 'Code IT enregistré. À la prochaine ouverture des réglages, il sera demandé.',
  // Headless (a browser): the `settings:` address printed at launch opens the settings without the PIN.
  chooseIntro_headless:
    'Ce code verrouille la fenêtre des réglages du kiosque (ouverte depuis le mur par la combinaison de touches). Ici, sans kiosque, c’est l’adresse « settings » affichée au lancement qui ouvre les réglages, sans code : gardez-la pour vous. Notez le code : il n’est pas affiché ensuite.',
  chosen_headless:
    'Code IT enregistré. La fenêtre des réglages du kiosque le demandera ; ici, l’adresse « settings » du lancement ouvre toujours les réglages sans lui.',
};

export type SettingsPinMessages = typeof settingsPinFr;
