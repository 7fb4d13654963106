// French words of the wall's notices for IT (a file moved aside at start: config, database, connectors'
// secrets), nested under `settings.wallNotices`, and of the moderation desk's refusals (the post is gone,
// already hidden or restored), under `settings.moderationErrors`. A notice is worded from its code and
// values (src/shared/health.ts, WallNoticeDetail) by src/renderer/settings/notice-text.ts: what happened,
// what was kept, what to do.
export const settingsNoticesFr = {
  configMovedAside: {
    previous:
      'Le fichier de configuration {{file}} était endommagé (ce n’est plus du JSON valide). Il a été conservé tel quel sous {{movedTo}} et le mur utilise la version précédente ({{previous}}). Vérifiez les réglages ci-dessous, puis enregistrez pour réécrire un fichier sain.',
    defaults:
      'Le fichier de configuration {{file}} était endommagé (ce n’est plus du JSON valide). Il a été conservé tel quel sous {{movedTo}} ; faute de version précédente, le mur utilise la configuration par défaut. Ressaisissez les réglages (ou importez un profil), puis enregistrez.',
  },
  databaseMovedAside:
    'La base de données {{file}} était endommagée ({{problem}}). Elle a été conservée telle quelle sous {{movedTo}} et le mur a démarré avec une base vide : les publications seront récupérées à nouveau auprès des sources, mais celles masquées à la main peuvent revenir (vérifiez la section Modération). Si cela se reproduit, vérifiez le disque et l’alimentation du poste.',
  databaseNewer:
    'La base de données {{file}} a été écrite par une version plus récente de Social Wall (schéma {{version}} ; cette version connaît jusqu’au schéma {{latest}}). Elle a été conservée intacte sous {{movedTo}} et le mur a démarré avec une base vide. Pour la réutiliser, installez la version plus récente de Social Wall, arrêtez le mur et remettez ce fichier à la place de {{file}}.',
  storageFailed:
    'La base de données {{file}} ne peut plus être écrite depuis le {{since}} ({{error}}) : les nouvelles publications ne sont pas enregistrées et l’écriture est retentée toutes les quelques secondes ; les écrans gardent ce qu’ils affichent. Libérez de la place sur le disque ou corrigez les droits du dossier de données : cet avis disparaît dès qu’une écriture réussit.',
  /** connector-secrets-unreadable: an I/O error, not its content; the file stays where it is. */
  connectorSecretsUnreadable: {
    withCode: 'Le fichier des jetons des connecteurs {{file}} ne peut pas être lu ({{error}}).',
    noCode: 'Le fichier des jetons des connecteurs {{file}} ne peut pas être lu.',
    keptInPlace:
      'Il a été laissé en place, sans être déplacé ni remplacé : jusqu’au prochain démarrage, le mur garde les jetons des connecteurs en mémoire seulement, et les sources se reconnectent avec les identifiants enregistrés dans les réglages. Vérifiez les droits sur le dossier de données et qu’aucun autre programme (un antivirus) ne bloque ce fichier, puis redémarrez le mur.',
  },
  connectorSecrets: {
    reason: {
      'not-json': 'Le fichier des jetons des connecteurs {{file}} est illisible (ce n’est pas du JSON valide).',
      damaged: 'Le fichier des jetons des connecteurs {{file}} est endommagé.',
      'other-key':
        'Le fichier des jetons des connecteurs {{file}} ne peut pas être ouvert avec la clé de ce mur (il a été scellé sur un autre poste ou un autre compte, ou avec un autre fichier de clé).',
    },
    movedTo: 'Il a été conservé sous {{movedTo}}.',
    notMoved: 'Il n’a pas pu être mis de côté ({{error}}) et sera remplacé à la prochaine modification.',
    notMovedNoCode: 'Il n’a pas pu être mis de côté et sera remplacé à la prochaine modification.',
    lostBy:
      'Les jetons obtenus en cours de fonctionnement par {{sources}} sont perdus : ces sources se reconnectent avec les identifiants enregistrés dans les réglages ; si l’une d’elles affiche ensuite « jeton expiré », saisissez à nouveau son jeton ou son mot de passe d’application dans ses réglages.',
    lostUnknown:
      'Les jetons obtenus en cours de fonctionnement (sessions Bluesky, jetons Google renouvelés) sont perdus : ces sources se reconnectent avec les identifiants enregistrés dans les réglages ; si l’une d’elles affiche ensuite « jeton expiré », saisissez à nouveau son jeton ou son mot de passe d’application dans ses réglages.',
    notWritten:
      'Les jetons renouvelés des connecteurs n’ont pas pu être écrits dans {{file}} ({{error}}) : ils restent en mémoire et l’écriture sera retentée à la prochaine modification. Vérifiez l’espace libre du disque et les droits sur le dossier de données.',
    notWrittenNoCode:
      'Les jetons renouvelés des connecteurs n’ont pas pu être écrits dans {{file}} : ils restent en mémoire et l’écriture sera retentée à la prochaine modification. Vérifiez l’espace libre du disque et les droits sur le dossier de données.',
  },
};

export type SettingsNoticesMessages = typeof settingsNoticesFr;

export const settingsModerationErrorsFr = {
  gone: 'La publication de {{author}} n’est plus sur le mur : son auteur l’a peut-être supprimée, ou elle a expiré. La liste a été actualisée.',
  alreadyHidden:
    'La publication de {{author}} était déjà masquée (par une autre personne ou une règle) : rien n’a changé. La liste a été actualisée.',
  alreadyRestored: 'La publication de {{author}} était déjà sur le mur : rien n’a changé. La liste a été actualisée.',
};

export type SettingsModerationErrorsMessages = typeof settingsModerationErrorsFr;
