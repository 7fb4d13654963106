// Moderation: the transparency note first (off by default, and why), then the rules a store may switch on
// (saved with the page), the recent posts with "Hide this post" / "Restore", and the audit log with the
// wall's hidden counter.
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import type { FieldErrors } from '../fields/field-errors.ts';
import { AuditLog } from './AuditLog.tsx';
import { ModerationRules } from './ModerationRules.tsx';
import { RecentPosts } from './RecentPosts.tsx';
import { useModerationDesk } from './use-moderation.ts';
import './moderation.css';
import { TransparencyNote } from './TransparencyNote.tsx';

interface ModerationSectionProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}

export function ModerationSection({ draft, errors, onChange }: ModerationSectionProps) {
  const { t } = useI18n();
  const desk = useModerationDesk();
  return (
    <section
      className="settings-section moderation"
      aria-labelledby="section-moderation"
      id="moderation"
      data-testid="moderation-section"
    >
      <h2 id="section-moderation">{t('settings.moderation.title')}</h2>
      <TransparencyNote />
      <ModerationRules draft={draft} errors={errors} onChange={onChange} />
      {desk.loadError ? (
        <p className="settings-notice settings-notice--error">
          {t('settings.moderation.loadFailed', { message: desk.loadError })}
        </p>
      ) : null}
      <RecentPosts desk={desk} />
      <AuditLog desk={desk} />
    </section>
  );
}
