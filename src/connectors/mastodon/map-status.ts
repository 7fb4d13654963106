// Mastodon status → the wall's normalised post. Pure: the thread lookup and the clock come in as arguments.
import type { PostInput } from '../../shared/post.ts';
import { sanitiseStatusHtml, statusPlainText } from './mastodon-html.ts';
import { mastodonKey } from './mastodon-key.ts';
import { shownStatus, type MastodonBaseStatus, type MastodonStatus } from './mastodon-status.ts';

/** A post before the runtime stamps its source and fetch time. */
export type MastodonCandidate = Omit<PostInput, 'sourceId' | 'fetchedAt'>;

export interface StatusMapContext {
  /** The brand's accounts, lower-case user@host. */
  brandAccounts: ReadonlySet<string>;
  /** Key of the status this one answers (in_reply_to_id is local to the instance it came from). */
  parentKey?: string | undefined;
  nowIso: string;
}

const isHttp = (u: string | undefined): u is string => u !== undefined && /^https?:\/\//i.test(u);

/** user@host of an account or a mention, from its profile URL (its acct is relative to the instance that served it). */
export function fullAcct(account: Pick<MastodonBaseStatus['account'], 'acct' | 'username' | 'url'>): string {
  if (account.acct.includes('@')) return account.acct.toLowerCase();
  try {
    return `${account.username}@${new URL(account.url).host}`.toLowerCase();
  } catch {
    return account.acct.toLowerCase();
  }
}

function mapMedia(status: MastodonBaseStatus): NonNullable<PostInput['media']> {
  const media: NonNullable<PostInput['media']> = [];
  for (const m of status.media_attachments) {
    const type = m.type === 'image' ? 'image' : m.type === 'gifv' ? 'gif' : m.type === 'video' ? 'video' : undefined;
    if (!type || !isHttp(m.url)) continue;
    const width = m.meta?.original?.width;
    const height = m.meta?.original?.height;
    media.push({
      type,
      url: m.url,
      ...(isHttp(m.preview_url) ? { previewUrl: m.preview_url } : {}),
      ...(m.description ? { alt: m.description.slice(0, 2000) } : {}),
      ...(width && width > 0 && Number.isInteger(width) ? { width } : {}),
      ...(height && height > 0 && Number.isInteger(height) ? { height } : {}),
    });
  }
  return media.slice(0, 20);
}

export function mapStatus(raw: MastodonStatus, ctx: StatusMapContext): MastodonCandidate {
  const status = shownStatus(raw);
  const acct = fullAcct(status.account);
  const isBrand = ctx.brandAccounts.has(acct);
  const url = isHttp(status.url) ? status.url : isHttp(status.uri) ? status.uri : undefined;
  const spoiler = status.spoiler_text.trim();
  return {
    key: mastodonKey(status.uri),
    network: 'mastodon',
    kind: status.in_reply_to_id ? 'reply' : 'post',
    ...(url ? { url } : {}),
    ...(ctx.parentKey ? { parentKey: ctx.parentKey } : {}),
    author: {
      id: acct,
      handle: acct,
      name: status.account.display_name.trim() || status.account.username,
      ...(isHttp(status.account.avatar) ? { avatarUrl: status.account.avatar } : {}),
      ...(isHttp(status.account.url) ? { profileUrl: status.account.url } : {}),
      isBrand,
    },
    text: statusPlainText(status.content),
    html: sanitiseStatusHtml(status.content),
    ...(status.language ? { lang: status.language } : {}),
    media: mapMedia(status),
    hashtags: status.tags.map((t) => t.name.replace(/^#/, '')),
    mentions: status.mentions.map((m) => m.acct.replace(/^@/, '')),
    metrics: {
      likes: status.favourites_count,
      replies: status.replies_count,
      reposts: status.reblogs_count,
      asOf: ctx.nowIso,
    },
    createdAt: status.created_at,
    ...(status.edited_at ? { editedAt: status.edited_at } : {}),
    // A content warning hides the text behind it on Mastodon: the wall treats it as sensitive too.
    sensitive: status.sensitive || spoiler !== '',
    ...(spoiler ? { contentWarning: spoiler.slice(0, 500) } : {}),
  };
}
