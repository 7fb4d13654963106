// A connector's note on a source's health in the page's language, from its code and values
// (src/shared/source-note.ts); a code this page does not know gives undefined: the page then quotes the
// connector's English text.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/config.ts';
import type { SourceNote } from '../../../shared/source-note.ts';

export function sourceNoteText(note: SourceNote, t: TFunction<'wall'>, language: Language): string | undefined {
  switch (note.code) {
    case 'instagram.hashtags-refused': {
      const { hashtags, limit, freesAt } = note.params;
      const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(
        hashtags.map((tag) => `#${tag}`),
      );
      const refused = t('settings.health.notes.hashtagsRefused', { count: hashtags.length, hashtags: list, limit });
      if (!freesAt) return refused;
      const frees = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(freesAt),
      );
      return `${refused} ${t('settings.health.notes.hashtagFrees', { frees })}`;
    }
    case 'mastodon.instance-failing': {
      const { instance, kind } = note.params;
      return t('settings.health.notes.instanceFailing', {
        instance,
        kind: t(`settings.test.kinds.${kind}`),
        advice: t(`settings.test.advice.${kind}`),
      });
    }
    case 'mastodon.account-unknown':
      return t('settings.health.notes.accountUnknown', note.params);
    case 'rss.feed-failing': {
      const { feed, kind } = note.params;
      return t('settings.health.notes.feedFailing', {
        feed,
        kind: t(`settings.test.kinds.${kind}`),
        advice: t(`settings.test.advice.${kind}`),
      });
    }
    case 'stream.reconnecting':
      return t('settings.health.notes.streamReconnecting', { kind: t(`settings.test.kinds.${note.params.kind}`) });
    default:
      return undefined;
  }
}
