// English words of the logo and the empty state's call to action, the same keys as French (the type says so).
import type { SettingsLogoMessages } from './settings-logo-fr.ts';

export const settingsLogoEn: SettingsLogoMessages = {
  logo: 'Logo',
  logoHelp:
    'PNG, JPEG or WebP, 512 kB at most. Replaces the monogram at the top of each screen. Applied at once, without the Save button.',
  logoNone: 'No logo: the screens show the brand’s initials.',
  logoPreview: 'Current logo',
  logoChoose: 'Choose a picture',
  logoUploading: 'Uploading…',
  logoRemove: 'Remove the logo',
  logoTooLarge: 'This picture is {{size}} kB: 512 kB at most.',
  logoWrongType: 'Choose a PNG, JPEG or WebP picture (SVG is not accepted).',
  logoFailed: 'The logo was not saved: {{message}}',
  ctaText: 'Invitation line (empty screen)',
  ctaTextHelp: 'Shown while no post has arrived yet, 120 characters at most. Empty: the hashtags only.',
  ctaQrUrl: 'QR code address',
  ctaQrUrlHelp: 'An https:// address (review page, form…). Empty: the first hashtag’s page on the panel’s network.',
};
