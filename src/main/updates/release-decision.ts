// What a kiosk accepts of the release its hub offers: IT's signature over the manifest first, then a version
// newer than its own (or, falling back, exactly the one it ran before), never one that already failed here.
import { gt, valid } from 'semver';
import { readManifest, type ReleaseManifest } from './release-manifest.ts';
import { checkSignature } from './release-signature.ts';

export interface OfferedRelease {
  /** The manifest's exact bytes (latest.yml, latest-linux.yml). */
  manifest: Buffer;
  /** The `.sig` file's text; undefined when the feed has none. */
  signature: string | undefined;
}

export interface ReleaseContext {
  /** The version running now. */
  current: string;
  /** IT's public key (kiosk.updates.publicKey). */
  publicKey: string;
  /** Versions that failed on this PC: never installed again (a newer one is). */
  failed: readonly string[];
  /** Falling back: the only version accepted, older than the current one. */
  fallbackTo?: string;
}

export type RefusalReason = 'unsigned' | 'tampered' | 'bad-key' | 'malformed' | 'failed-before' | 'not-the-fallback';

export type ReleaseDecision =
  | { kind: 'install'; manifest: ReleaseManifest }
  | { kind: 'up-to-date'; offered: string }
  | { kind: 'refused'; reason: RefusalReason; message: string; offered?: string };

export function decideRelease(offered: OfferedRelease, context: ReleaseContext): ReleaseDecision {
  const signature = checkSignature(offered.manifest, offered.signature, context.publicKey);
  if (!signature.ok) return { kind: 'refused', reason: signature.reason, message: signature.message };
  const read = readManifest(offered.manifest.toString('utf8'));
  if (!read.ok) return { kind: 'refused', reason: 'malformed', message: read.message };
  const { manifest } = read;
  const version = manifest.version;
  if (valid(version) === null)
    return {
      kind: 'refused',
      reason: 'malformed',
      message: `The release's version "${version}" is not x.y.z.`,
      offered: version,
    };
  if (context.fallbackTo !== undefined) {
    if (version !== context.fallbackTo)
      return {
        kind: 'refused',
        reason: 'not-the-fallback',
        message: `Falling back to ${context.fallbackTo}, the hub offered ${version}: is ${context.fallbackTo} still in the hub's updates folder?`,
        offered: version,
      };
    return { kind: 'install', manifest };
  }
  if (valid(context.current) !== null && !gt(version, context.current)) return { kind: 'up-to-date', offered: version };
  if (context.failed.includes(version))
    return {
      kind: 'refused',
      reason: 'failed-before',
      message: `${version} already failed on this PC: it waits for a newer release.`,
      offered: version,
    };
  return { kind: 'install', manifest };
}
