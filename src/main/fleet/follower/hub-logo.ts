// The brand's logo on a store PC: the hub's panels name it by its content hash (`logo-<hash>.png`); the store
// fetches that file from the hub once (GET /brand/<name>, its token), checks it as an upload is checked and that
// its bytes hash to its name, and keeps it in `<dataDir>/brand/`, served at /brand/ like a wall's own. Shown
// from disk when the link is down; while it is missing the header shows the brand's monogram.
import { readdirSync } from 'node:fs';
import { LOGO_FILE_NAME } from '../../../shared/config.ts';
import { checkLogo, logoFileName, logoPath, removeLogo, writeLogo } from '../../brand/logo-file.ts';
import type { Logger } from '../../logger.ts';
import type { HubClient } from './hub-client.ts';

export class HubLogo {
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: HubClient,
    readonly brandDir: string,
    private readonly logger: Logger,
  ) {}

  /** The hub's panels name this logo (or none): have its file, and only it. Never throws. */
  sync(name: string | undefined): Promise<void> {
    this.syncing = this.syncing.then(() => this.fetchOnce(name)).catch(() => undefined);
    return this.syncing;
  }

  private async fetchOnce(name: string | undefined): Promise<void> {
    if (name !== undefined && LOGO_FILE_NAME.test(name) && logoPath(this.brandDir, name) === undefined) {
      try {
        const response = await this.client.open(`/brand/${encodeURIComponent(name)}`, {}, AbortSignal.timeout(15_000));
        const bytes = new Uint8Array(await response.arrayBuffer());
        const checked = checkLogo(response.headers.get('content-type') ?? undefined, bytes);
        if (!checked.ok) throw new Error(checked.error);
        if (logoFileName(checked.type, bytes) !== name) throw new Error('its bytes do not match its name');
        writeLogo(this.brandDir, name, bytes);
      } catch (err) {
        this.logger.warn('follower: the logo is not kept (the monogram shows)', { error: (err as Error).message });
        return;
      }
    }
    this.prune(name);
  }

  private prune(keep: string | undefined): void {
    let names: string[] = [];
    try {
      names = readdirSync(this.brandDir);
    } catch {
      return;
    }
    for (const file of names) if (LOGO_FILE_NAME.test(file) && file !== keep) removeLogo(this.brandDir, file);
  }
}
