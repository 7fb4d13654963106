// A wall notice in the page's language: worded from its code and values (settings.wallNotices); a notice
// without a code (or with one this page does not know yet) shows the server's English message.
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/config.ts';
import type { WallNotice } from '../../shared/health.ts';

/** "« bsky » et « google »" / "“bsky” and “google”": the sources' ids, quoted and listed in the language. */
function quotedList(ids: readonly string[], language: Language): string {
  const quoted = ids.map((id) => (language === 'fr' ? `« ${id} »` : `“${id}”`));
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(quoted);
}

export function noticeText(notice: WallNotice, t: TFunction<'wall'>, language: Language): string {
  switch (notice.code) {
    case 'config-moved-aside': {
      const { file, movedTo, previous } = notice.params;
      return previous
        ? t('settings.wallNotices.configMovedAside.previous', { file, movedTo, previous })
        : t('settings.wallNotices.configMovedAside.defaults', { file, movedTo });
    }
    case 'database-moved-aside':
      return t('settings.wallNotices.databaseMovedAside', notice.params);
    case 'database-newer':
      return t('settings.wallNotices.databaseNewer', notice.params);
    case 'connector-secrets-unreadable': {
      // An I/O error, not the content: the file stays where it is and is read again at the next start.
      const { file, readError } = notice.params;
      const what = readError
        ? t('settings.wallNotices.connectorSecretsUnreadable.withCode', { file, error: readError })
        : t('settings.wallNotices.connectorSecretsUnreadable.noCode', { file });
      return `${what} ${t('settings.wallNotices.connectorSecretsUnreadable.keptInPlace')}`;
    }
    case 'connector-secrets-moved-aside': {
      const { file, reason, movedTo, moveError, sources } = notice.params;
      const what = t(`settings.wallNotices.connectorSecrets.reason.${reason}`, { file });
      const kept = movedTo
        ? t('settings.wallNotices.connectorSecrets.movedTo', { movedTo })
        : moveError
          ? t('settings.wallNotices.connectorSecrets.notMoved', { error: moveError })
          : t('settings.wallNotices.connectorSecrets.notMovedNoCode');
      const lost = sources.length
        ? t('settings.wallNotices.connectorSecrets.lostBy', { sources: quotedList(sources, language) })
        : t('settings.wallNotices.connectorSecrets.lostUnknown');
      return `${what} ${kept} ${lost}`;
    }
    case 'storage-failed': {
      const { file, error, since } = notice.params;
      const at = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(since));
      return t('settings.wallNotices.storageFailed', { file, error, since: at });
    }
    case 'connector-secrets-not-written': {
      const { file, error } = notice.params;
      return error
        ? t('settings.wallNotices.connectorSecrets.notWritten', { file, error })
        : t('settings.wallNotices.connectorSecrets.notWrittenNoCode', { file });
    }
    default:
      return notice.message;
  }
}
