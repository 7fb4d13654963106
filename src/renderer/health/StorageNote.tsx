// A database that refuses writes (a full disk, a read-only folder) is said in words in the header, not only
// by amber dots: "Nouveaux messages en pause : disque plein". The screens keep showing what they have; the
// words go as soon as a source stores again.
import type { SourceHealth } from '../../shared/health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export type StorageReason = 'full' | 'readOnly' | 'failed';

/** The storage code in the hall's terms (SQLite's or the system's code, as the engine reports it). */
export function storageReason(code: string): StorageReason {
  if (/FULL|ENOSPC|EDQUOT/.test(code)) return 'full';
  if (/READONLY|EROFS|EACCES|EPERM/.test(code)) return 'readOnly';
  return 'failed';
}

export function StorageNote({ sources }: { sources: readonly SourceHealth[] }) {
  const { t } = useI18n();
  const failure = sources.find((s) => s.storageFailure)?.storageFailure;
  if (!failure) return null;
  return (
    <p className="storage-note" data-testid="storage-note" data-code={failure.code} role="status">
      <span className="storage-note__light" aria-hidden="true" />
      {t('storagePaused', { reason: t(`storageReason.${storageReason(failure.code)}`) })}
    </p>
  );
}
