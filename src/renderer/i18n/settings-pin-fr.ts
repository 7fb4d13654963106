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
};

export type SettingsPinMessages = typeof settingsPinFr;
