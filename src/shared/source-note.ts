// A connector's note on a source's health (hashtags refused, an instance failing, the live stream dropped), as
// a code and its values: the settings page words it in its own language (settings.health.notes, worded by
// src/renderer/settings/sources/source-note-text.ts); `text`, in English, is for the logs and for a code the
// page does not know (a newer connector), which the page then quotes as it is.
import type { ConnectorErrorKind } from './connector-error-kind.ts';

export type SourceNoteDetail =
  /** Instagram's 30 hashtags a week are used: these are not followed; a slot frees at `freesAt` (ISO) when known. */
  | { code: 'instagram.hashtags-refused'; params: { hashtags: string[]; limit: number; freesAt?: string } }
  /** One Mastodon instance failed this poll (the others were read). */
  | { code: 'mastodon.instance-failing'; params: { instance: string; kind: ConnectorErrorKind } }
  /** The instance does not know the brand account (a typo, or an account that does not exist yet). */
  | { code: 'mastodon.account-unknown'; params: { instance: string; account: string } }
  /** One web feed failed this poll (the others were read); `feed` is its address or label. */
  | { code: 'rss.feed-failing'; params: { feed: string; kind: ConnectorErrorKind } }
  /** The network's live stream dropped: polling goes on, the stream reconnects by itself. */
  | { code: 'stream.reconnecting'; params: { kind: ConnectorErrorKind } };

export type SourceNoteCode = SourceNoteDetail['code'];

export type SourceNote = SourceNoteDetail & { text: string };
