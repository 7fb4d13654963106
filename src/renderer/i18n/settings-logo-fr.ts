// Les mots du logo et de l'appel à l'action (état vide) dans les réglages ; l'anglais a les mêmes clés.
export const settingsLogoFr = {
  logo: 'Logo',
  logoHelp:
    'PNG, JPEG ou WebP, 512 ko au plus. Remplace le monogramme en haut de chaque écran. Appliqué tout de suite, sans le bouton Enregistrer.',
  logoNone: 'Aucun logo : les écrans montrent les initiales de la marque.',
  logoPreview: 'Logo actuel',
  logoChoose: 'Choisir une image',
  logoUploading: 'Envoi…',
  logoRemove: 'Retirer le logo',
  logoTooLarge: 'Cette image fait {{size}} ko : 512 ko au plus.',
  logoWrongType: 'Choisissez une image PNG, JPEG ou WebP (le SVG n’est pas accepté).',
  logoFailed: 'Le logo n’a pas été enregistré : {{message}}',
  ctaText: 'Phrase d’invitation (écran vide)',
  ctaTextHelp:
    'Montrée quand aucun message n’est encore arrivé, 120 caractères au plus. Vide : seulement les hashtags.',
  ctaQrUrl: 'Adresse du QR code',
  ctaQrUrlHelp:
    'Une adresse https:// (page d’avis, formulaire…). Vide : la page du premier hashtag sur le réseau du panneau.',
};

export type SettingsLogoMessages = typeof settingsLogoFr;
