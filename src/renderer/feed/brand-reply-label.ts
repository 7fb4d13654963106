// "Réponse d’Atelier Nova" / "Réponse de Garage Martin": French elides before a vowel.
import type { TFunction } from 'i18next';

export function brandReplyLabel(brand: string, t: TFunction<'wall'>): string {
  const vowel = /^[aeiouyàâäéèêëîïôöùûüh]/i.test(brand);
  return t('brandReply', { brand, ...(vowel ? { context: 'vowel' } : {}) });
}
