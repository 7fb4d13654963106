// Why a post was hidden, in the page's language: a rule's name ("blocked-author", "blocked-keyword:<word>",
// "profanity:fr", "media-only", "text-only", as moderation-policy.ts writes them) or the default reason of a
// person who gave none. What a person wrote is theirs: shown as written.
import type { TFunction } from 'i18next';
import type { AuditEntryView } from '../../../shared/settings-contract.ts';

/** The server's reason for a person's hide without one (src/main/engine/moderation-desk.ts). */
export const HIDDEN_BY_A_PERSON = 'hidden by a person';

export function auditReason(entry: Pick<AuditEntryView, 'who' | 'why'>, t: TFunction<'wall'>): string {
  const { who, why } = entry;
  if (who === 'admin') return why === HIDDEN_BY_A_PERSON ? t('settings.moderation.audit.reasons.person') : why;
  const [rule, ...rest] = why.split(':');
  const value = rest.join(':');
  switch (rule) {
    case 'blocked-author':
    case 'media-only':
    case 'text-only':
      return t(`settings.moderation.audit.reasons.${rule}`);
    case 'blocked-keyword':
      return t('settings.moderation.audit.reasons.blocked-keyword', { keyword: value });
    case 'profanity':
      return t('settings.moderation.audit.reasons.profanity', {
        list: value === 'fr' || value === 'en' ? t(`settings.moderation.audit.reasons.lists.${value}`) : value,
      });
    default:
      return why;
  }
}
