// The brand's Mastodon accounts: which configured instance is each one's home, and its local id there. An
// instance's address need not be its domain (a server answering at social.example.com for @you@example.com,
// a proxy, an emulator): when no address matches, the instances are asked which domain they serve. An account
// the instance does not know is that account's error, shown in the health and asked again later; the
// hashtags and the other accounts go on.
import { ConnectorError, type SourceNote } from '../connector.ts';
import { MastodonNotFound, type MastodonInstance } from './mastodon-instance.ts';

/** How long an unknown account waits before it is looked up again (IT may fix a typo, or the account appear). */
export const UNKNOWN_ACCOUNT_RETRY_MS = 10 * 60_000;

function field(data: unknown, name: string): string | undefined {
  if (data === null || typeof data !== 'object' || !(name in data)) return undefined;
  const value = (data as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export class BrandAccounts {
  private homes: Map<MastodonInstance, string[]> | undefined;
  private readonly ids = new Map<string, string>();
  private readonly unknown = new Map<
    string,
    { error: ConnectorError; at: number; instance: string; account: string }
  >();

  constructor(
    private readonly accounts: readonly string[],
    private readonly instances: readonly MastodonInstance[],
    private readonly now: () => number,
  ) {}

  /** The accounts each instance reads: an account's home instance (by address, else by its declared domain), else the first. */
  async byHome(signal: AbortSignal): Promise<Map<MastodonInstance, string[]>> {
    if (this.homes) return this.homes;
    const byHost = (domain: string) => this.instances.find((i) => i.host.toLowerCase() === domain);
    const needDomains = this.accounts.some((acct) => !byHost(acct.split('@')[1] ?? ''));
    const domains = needDomains ? await this.declaredDomains(signal) : new Map<MastodonInstance, string>();
    const homes = new Map<MastodonInstance, string[]>();
    for (const acct of this.accounts) {
      const domain = acct.split('@')[1] ?? '';
      const home = byHost(domain) ?? this.instances.find((i) => domains.get(i) === domain) ?? this.instances[0];
      if (home) homes.set(home, [...(homes.get(home) ?? []), acct]);
    }
    // Kept only once every instance answered: an instance down at start is asked again at the next poll.
    if (!needDomains || domains.size === this.instances.length) this.homes = homes;
    return homes;
  }

  /** The account's local id on `instance`; undefined while the instance says it does not know it. */
  async idOn(instance: MastodonInstance, acct: string, signal: AbortSignal): Promise<string | undefined> {
    const key = `${instance.url} ${acct}`;
    const known = this.ids.get(key);
    if (known) return known;
    const refused = this.unknown.get(key);
    if (refused && this.now() - refused.at < UNKNOWN_ACCOUNT_RETRY_MS) return undefined;
    try {
      // A real instance accepts user@its-own-domain as well as a bare user name.
      const answer = await instance.get<unknown>('/api/v1/accounts/lookup', { params: { acct }, signal });
      const id = field(answer.data, 'id');
      if (!id)
        throw new ConnectorError(
          'invalid-response',
          `Mastodon ${instance.host} sent an unreadable account for ${acct}`,
        );
      this.ids.set(key, id);
      this.unknown.delete(key);
      return id;
    } catch (error) {
      if (!(error instanceof MastodonNotFound)) throw error;
      const message = `Mastodon ${instance.host} does not know the brand account ${acct}: check it in Settings`;
      this.unknown.set(key, {
        error: new ConnectorError('config', message),
        at: this.now(),
        instance: instance.host,
        account: acct,
      });
      return undefined;
    }
  }

  /** One note per account an instance does not know, for the health (none when every account was found). */
  notes(): SourceNote[] {
    return [...this.unknown.values()].map((u) => ({
      code: 'mastodon.account-unknown',
      params: { instance: u.instance, account: u.account },
      text: u.error.message,
    }));
  }

  /** The domain each instance serves (Mastodon's /api/v2/instance, or v1's `uri` on older servers). */
  private async declaredDomains(signal: AbortSignal): Promise<Map<MastodonInstance, string>> {
    const domains = new Map<MastodonInstance, string>();
    for (const instance of this.instances) {
      try {
        const v2 = await instance.get<unknown>('/api/v2/instance', { signal }).catch((error: unknown) => {
          if (error instanceof MastodonNotFound) return instance.get<unknown>('/api/v1/instance', { signal });
          throw error;
        });
        const domain = field(v2.data, 'domain') ?? field(v2.data, 'uri');
        domains.set(instance, (domain ?? instance.host).replace(/^https?:\/\//, '').toLowerCase());
      } catch (error) {
        if (!(error instanceof ConnectorError) || signal.aborted) throw error;
      }
    }
    return domains;
  }
}
