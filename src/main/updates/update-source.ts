// Where a kiosk's updates come from: its hub's feed with its store token (a store PC, or the headquarters'
// kiosk paired like one), or a plain feed (a single wall, kiosk.updates.feedUrl), over HTTP.
import type { UpdateReport } from '../../shared/update-contract.ts';
import { SIGNATURE_SUFFIX } from './release-signature.ts';
import type { OfferedRelease } from './release-decision.ts';

export class UpdateSourceError extends Error {
  override readonly name = 'UpdateSourceError';
}

export interface UpdateSourceOptions {
  /** The feed's address, ending in `/` (https://hub…/updates/). */
  feed: URL;
  /** Sent with every request (the store token, the version header): electron-updater's requestHeaders too. */
  headers: Record<string, string>;
  /** POST /api/fleet/update-report on the hub; absent (a plain feed): reports are only logged. */
  reportUrl?: URL;
  timeoutMs?: number;
}

export class UpdateSource {
  constructor(private readonly options: UpdateSourceOptions) {}

  /** The generic provider's feed: the offered release, or one release by its version (falling back). */
  feedUrl(version?: string): string {
    return version === undefined
      ? this.options.feed.href
      : new URL(`${encodeURIComponent(version)}/`, this.options.feed).href;
  }

  headers(): Record<string, string> {
    return { ...this.options.headers };
  }

  /** The manifest offered (e.g. latest-linux.yml) and its signature. @throws UpdateSourceError */
  async offered(manifestName: string, version?: string): Promise<OfferedRelease> {
    const url = new URL(manifestName, this.feedUrl(version));
    const manifest = await this.fetch(url);
    if (manifest.status !== 200) throw new UpdateSourceError(await said(manifest, url));
    const bytes = Buffer.from(await manifest.arrayBuffer());
    const sig = await this.fetch(new URL(manifestName + SIGNATURE_SUFFIX, this.feedUrl(version)));
    return { manifest: bytes, signature: sig.status === 200 ? await sig.text() : undefined };
  }

  /** Tells the hub; false when it could not (the next report says the state again). */
  async report(report: UpdateReport): Promise<boolean> {
    if (!this.options.reportUrl) return false;
    try {
      const response = await this.fetch(this.options.reportUrl, {
        method: 'POST',
        headers: { ...this.options.headers, 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
      return response.status === 204;
    } catch {
      return false;
    }
  }

  private async fetch(url: URL, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(url, {
        headers: this.options.headers,
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      throw new UpdateSourceError(`The update feed ${url.origin} does not answer (${cause}).`);
    }
  }
}

async function said(response: Response, url: URL): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    if (typeof body.error === 'string') return `The update feed answered ${response.status}: ${body.error}`;
  } catch {
    // Not the hub's error body.
  }
  return `The update feed answered ${response.status} for ${url.pathname}.`;
}
