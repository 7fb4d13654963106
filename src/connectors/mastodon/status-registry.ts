// Turns fetched statuses into events: reads the payload (a broken one is counted, not fatal), maps it, and
// remembers which local id on which instance is which key — a reply names its parent by a local id, a
// streamed delete names only a local id.
import type { SourceEvent } from '../connector.ts';
import { mapStatus } from './map-status.ts';
import { mastodonKey } from './mastodon-key.ts';
import { MastodonNotFound, type MastodonInstance } from './mastodon-instance.ts';
import { MastodonStatusSchema, shownStatus, type MastodonStatus } from './mastodon-status.ts';
import { fullAcct } from './map-status.ts';

const MAX_REMEMBERED = 5000;

export interface ReadStatus {
  event: SourceEvent;
  /** The status as read (undefined when it could not be read). */
  status?: MastodonStatus;
  key?: string;
}

export class StatusRegistry {
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly brandAccounts: ReadonlySet<string>,
    private readonly now: () => number,
  ) {}

  remember(instanceUrl: string, localId: string, key: string): void {
    const id = `${instanceUrl}|${localId}`;
    this.keys.delete(id);
    this.keys.set(id, key);
    if (this.keys.size > MAX_REMEMBERED) {
      const oldest = this.keys.keys().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
  }

  keyOf(instanceUrl: string, localId: string): string | undefined {
    return this.keys.get(`${instanceUrl}|${localId}`);
  }

  /** Parses one status from `instance` and maps it; the brand's replies get their parent's key, fetched if need be. */
  async read(instance: MastodonInstance, raw: unknown, signal: AbortSignal): Promise<ReadStatus> {
    const parsed = MastodonStatusSchema.safeParse(raw);
    if (!parsed.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : '?';
      const issue = parsed.error.issues[0];
      return {
        event: {
          type: 'invalid',
          reason: `Mastodon ${instance.host} status ${id}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unreadable'}`,
        },
      };
    }
    const status = parsed.data;
    const shown = shownStatus(status);
    const key = mastodonKey(shown.uri);
    this.remember(instance.url, status.id, key);
    if (status.reblog) this.remember(instance.url, status.reblog.id, key);
    let parentKey: string | undefined;
    if (shown.in_reply_to_id) {
      parentKey = this.keyOf(instance.url, shown.in_reply_to_id);
      // A call only for a conversation with the brand — its answers, and customers answering it — which is
      // what the wall threads; a reply names the account it answers among its mentions.
      const withBrand = [shown.account, ...shown.mentions].some((a) => this.brandAccounts.has(fullAcct(a)));
      if (!parentKey && withBrand) parentKey = await this.fetchKey(instance, shown.in_reply_to_id, signal);
    }
    const item = mapStatus(status, {
      brandAccounts: this.brandAccounts,
      parentKey,
      nowIso: new Date(this.now()).toISOString(),
    });
    return { event: { type: 'upsert', item }, status, key };
  }

  private async fetchKey(
    instance: MastodonInstance,
    localId: string,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    try {
      const answer = await instance.get<unknown>(`/api/v1/statuses/${encodeURIComponent(localId)}`, { signal });
      const parent = MastodonStatusSchema.safeParse(answer.data);
      if (!parent.success) return undefined;
      const key = mastodonKey(shownStatus(parent.data).uri);
      this.remember(instance.url, localId, key);
      return key;
    } catch (error) {
      if (error instanceof MastodonNotFound) return undefined;
      throw error;
    }
  }
}
