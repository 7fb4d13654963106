// The hub's updates folder (docs/fleet.md "Updates"): IT drops each release, as electron-builder made it and
// `npm run release -- sign` signed it, in a folder named after its version (`<dataDir>/updates/1.4.0/`). The PCs
// are offered the newest release whose manifests are all signed (and, when the hub knows IT's public key,
// whose signatures hold); every release stays reachable by its version, for a PC falling back to it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rcompare, valid } from 'semver';
import type { ReleasesResponse } from '../../shared/update-contract.ts';
import { readManifest } from '../updates/release-manifest.ts';
import { checkSignature, SIGNATURE_SUFFIX } from '../updates/release-signature.ts';

/** electron-builder's manifests: latest.yml (Windows), latest-linux.yml, latest-mac.yml. */
export const MANIFEST_NAME = /^latest(-[a-z0-9]+)?\.yml$/;
/** The only file names served: no path, no hidden file. */
export const RELEASE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,199}$/;

export type ReleaseCheck = ReleasesResponse['releases'][number]['check'];

export interface Release {
  version: string;
  files: string[];
  check: ReleaseCheck;
  problem?: string;
}

export class UpdateFolder {
  constructor(
    readonly dir: string,
    /** IT's public key when the hub knows it (its own kiosk.updates.publicKey): signatures checked here too. */
    private readonly publicKey?: () => string | undefined,
  ) {}

  /** Every release in the folder, newest first (read at each call: IT adds and removes folders at any time). */
  releases(): Release[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => valid(name) === name && statSync(join(this.dir, name)).isDirectory())
      .sort(rcompare)
      .map((version) => this.release(version));
  }

  /** The release offered to the PCs: the newest that is signed (and whose signatures hold, when checked). */
  offered(): Release | undefined {
    return this.releases().find((r) => r.check === 'valid' || r.check === 'signed');
  }

  private release(version: string): Release {
    const dir = join(this.dir, version);
    const files = readdirSync(dir).filter((f) => RELEASE_FILE_NAME.test(f) && statSync(join(dir, f)).isFile());
    const manifests = files.filter((f) => MANIFEST_NAME.test(f));
    if (manifests.length === 0)
      return { version, files, check: 'no-manifest', problem: 'No latest.yml in the folder.' };
    const key = this.publicKey?.();
    for (const manifest of manifests) {
      const bytes = readFileSync(join(dir, manifest));
      const sigFile = join(dir, manifest + SIGNATURE_SUFFIX);
      const signature = existsSync(sigFile) ? readFileSync(sigFile, 'utf8') : undefined;
      if (signature === undefined)
        return { version, files, check: 'unsigned', problem: `${manifest} is not signed: npm run release -- sign.` };
      const read = readManifest(bytes.toString('utf8'));
      if (!read.ok) return { version, files, check: 'malformed', problem: read.message };
      if (read.manifest.version !== version)
        return {
          version,
          files,
          check: 'malformed',
          problem: `${manifest} says version ${read.manifest.version}: the folder must be named after it.`,
        };
      if (key !== undefined) {
        const checked = checkSignature(bytes, signature, key);
        if (!checked.ok) return { version, files, check: 'tampered', problem: checked.message };
      }
    }
    return { version, files, check: key !== undefined ? 'valid' : 'signed' };
  }
}
