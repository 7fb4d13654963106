// The emulated fediverse: accounts and statuses that every emulated instance sees (each under its own
// local ids), and the changes tests make — new statuses, edits, deletes, boosts, the brand's replies.
export interface WorldAccount {
  username: string;
  /** Home instance domain: the account's profile URL is https://{domain}/@{username}. */
  domain: string;
  displayName: string;
}

export interface WorldMedia {
  type: 'image' | 'video' | 'gifv' | 'audio';
  url: string;
  description?: string;
}

export interface WorldStatus {
  seq: number;
  uri: string;
  account: WorldAccount;
  /** HTML, as Mastodon stores it. */
  content: string;
  tags: string[];
  createdAt: string;
  editedAt?: string;
  spoilerText: string;
  sensitive: boolean;
  inReplyTo?: string;
  reblogOf?: string;
  media: WorldMedia[];
  deleted: boolean;
  repliesCount: number;
}

export type WorldChange = { kind: 'update' | 'status.update' | 'delete'; status: WorldStatus };

export interface NewStatus {
  account: WorldAccount;
  content: string;
  tags?: string[];
  spoilerText?: string;
  sensitive?: boolean;
  inReplyTo?: string;
  media?: WorldMedia[];
  createdAt?: string;
}

export class MastodonWorld {
  readonly accounts: WorldAccount[] = [];
  readonly statuses: WorldStatus[] = [];
  private readonly listeners = new Set<(change: WorldChange) => void>();
  private seq = 0;

  account(username: string, domain: string, displayName = username): WorldAccount {
    const found = this.accounts.find((a) => a.username === username && a.domain === domain);
    if (found) return found;
    const account = { username, domain, displayName };
    this.accounts.push(account);
    return account;
  }

  post(input: NewStatus): WorldStatus {
    this.seq += 1;
    const status: WorldStatus = {
      seq: this.seq,
      uri: `https://${input.account.domain}/users/${input.account.username}/statuses/${110_000_000 + this.seq}`,
      account: input.account,
      content: input.content,
      tags: (input.tags ?? []).map((t) => t.toLowerCase()),
      createdAt: input.createdAt ?? new Date().toISOString(),
      spoilerText: input.spoilerText ?? '',
      sensitive: input.sensitive ?? false,
      ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
      media: input.media ?? [],
      deleted: false,
      repliesCount: 0,
    };
    this.statuses.push(status);
    if (input.inReplyTo) {
      const parent = this.find(input.inReplyTo);
      if (parent) parent.repliesCount += 1;
    }
    this.emit({ kind: 'update', status });
    return status;
  }

  /** A boost: a status of `account` whose reblog is the original. */
  boost(account: WorldAccount, uri: string): WorldStatus {
    this.seq += 1;
    const original = this.find(uri);
    const status: WorldStatus = {
      seq: this.seq,
      uri: `https://${account.domain}/users/${account.username}/statuses/${110_000_000 + this.seq}/activity`,
      account,
      content: '',
      tags: [],
      createdAt: new Date().toISOString(),
      spoilerText: '',
      sensitive: false,
      reblogOf: uri,
      media: [],
      deleted: false,
      repliesCount: 0,
    };
    this.statuses.push(status);
    if (original) this.emit({ kind: 'update', status });
    return status;
  }

  /** A new version; its hashtags are read again from it, as a server does (one edited out leaves that timeline). */
  edit(uri: string, content: string): void {
    const status = this.find(uri);
    if (!status) return;
    status.content = content;
    status.tags = [...content.matchAll(/#(\w+)/gu)].map((m) => m[1]!.toLowerCase());
    status.editedAt = new Date().toISOString();
    this.emit({ kind: 'status.update', status });
  }

  delete(uri: string): void {
    const status = this.find(uri);
    if (!status) return;
    status.deleted = true;
    this.emit({ kind: 'delete', status });
  }

  find(uri: string): WorldStatus | undefined {
    return this.statuses.find((s) => s.uri === uri);
  }

  subscribe(listener: (change: WorldChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: WorldChange): void {
    for (const l of this.listeners) l(change);
  }
}

/** Mastodon-like HTML for a text with #hashtags and @mentions, as a server would render it. */
export function statusHtml(text: string, domain: string): string {
  const linked = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/#(\w+)/g, `<a href="https://${domain}/tags/$1" class="mention hashtag" rel="tag">#<span>$1</span></a>`)
    .replace(
      /(^|\s)@(\w+)/g,
      `$1<span class="h-card" translate="no"><a href="https://${domain}/@$2" class="u-url mention">@<span>$2</span></a></span>`,
    );
  return linked
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br />')}</p>`)
    .join('');
}
