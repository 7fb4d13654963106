// French words of the Profile view: export, import, change the IT PIN, nested under `settings` in fr.ts.
export const settingsProfileFr = {
  profile: {
    title: 'Profil et code IT',
    intro:
      'Pour installer un autre PC de magasin à l’identique : exportez les réglages ici, importez-les là-bas. Ces actions s’appliquent tout de suite, sans le bouton Enregistrer.',
    exportTitle: 'Exporter',
    exportHelp:
      'Un fichier JSON avec tous les réglages. Sans secrets : les jetons des comptes n’y sont pas (à ressaisir sur l’autre PC).',
    exportPlain: 'Exporter sans les secrets',
    exportSealed: 'Exporter avec les secrets',
    exportSealedHelp:
      'Les jetons des comptes sont scellés par une phrase de passe d’au moins {{count}} caractères, à donner à l’import. Gardez-la à part du fichier.',
    passphrase: 'Phrase de passe',
    passphraseConfirm: 'Confirmer la phrase de passe',
    passphraseShort: 'La phrase de passe fait au moins {{count}} caractères.',
    passphraseMismatch: 'Les deux phrases de passe diffèrent.',
    exportSealedButton: 'Exporter avec les secrets scellés',
    exporting: 'Export…',
    exportedPlain: 'Fichier {{file}} téléchargé, sans les secrets.',
    exportedSealed: 'Fichier {{file}} téléchargé, secrets scellés par la phrase de passe.',
    failed: 'Échec : {{message}}.',
    importTitle: 'Importer',
    importHelp:
      'Remplace tous les réglages de ce mur par ceux du fichier (les adresses et jetons d’accès de ce PC restent les siens). Le fichier est vérifié en entier avant tout changement.',
    importFile: 'Fichier de profil (JSON)',
    importFileHelp: 'Un profil exporté par un mur, ou le config.json d’un mur (ses réglages tels qu’il les garde).',
    configFile:
      'Ce fichier est le config.json d’un mur : il sera importé comme un profil. Ses secrets ne s’ouvrent que sur le PC qui l’a écrit ; ailleurs, ressaisissez-les, ou exportez plutôt depuis ce PC un profil avec les secrets.',
    notAProfile:
      'Ce fichier n’est ni un profil Social Wall ni un config.json : exportez un profil sur le mur à copier (Profil → Exporter), puis importez ce fichier.',
    importPassphrase: 'Phrase de passe (facultative)',
    importPassphraseHelp: 'Seulement pour un profil exporté avec les secrets.',
    importPassphraseNeeded: 'Ce profil contient des secrets scellés : donnez sa phrase de passe.',
    importButton: 'Importer',
    importing: 'Import…',
    imported: 'Le profil importé est en place ; la page montre ses réglages.',
    unreadable: 'Ce fichier n’est pas un profil JSON lisible. Rien n’a été modifié.',
    refused_one: '{{count}} valeur refusée :',
    refused_other: '{{count}} valeurs refusées :',
    nothingChanged: 'Rien n’a été modifié.',
    pinTitle: 'Changer le code IT',
    pinHelp:
      'Le code qui ouvre les réglages depuis le mur. Vous êtes déjà administrateur : le code actuel n’est pas demandé.',
    pinButton: 'Changer le code IT',
    pinChanged: 'Code IT changé. Il sera demandé à la prochaine ouverture des réglages.',
    pinHelp_headless:
      'Le code que demande la fenêtre des réglages du kiosque. Ici, sans kiosque, l’adresse « settings » du lancement ouvre les réglages sans lui. Vous êtes déjà administrateur : le code actuel n’est pas demandé.',
    pinChanged_headless:
      'Code IT changé. La fenêtre des réglages du kiosque le demandera ; ici, l’adresse « settings » du lancement ouvre toujours les réglages sans lui.',
  },
};

export type SettingsProfileMessages = typeof settingsProfileFr;
