// `npm run release -- keygen | sign` (src/main/cli/release.ts): IT's two steps to publish a release on the hub
// (docs/fleet.md "How IT publishes a release"). Plain functions over files, returning what to print.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from './release-manifest.ts';
import { generateSigningKeys, publicKeyOf, SIGNATURE_SUFFIX, signManifest } from './release-signature.ts';

export class ReleaseToolError extends Error {
  override readonly name = 'ReleaseToolError';
}

const MANIFEST = /^latest(-[a-z0-9]+)?\.yml$/;

/** Writes a new key pair's private half to `keyFile` (never over an existing one); returns the lines to print. */
export function keygen(keyFile: string): string[] {
  if (existsSync(keyFile))
    throw new ReleaseToolError(`${keyFile} exists: a new key would orphan every kiosk. Use another path.`);
  const keys = generateSigningKeys();
  writeFileSync(keyFile, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  return [
    `private key: ${keyFile} (keep it off the hub, with IT's secrets: whoever holds it can publish a release)`,
    `public key:  ${keys.publicKey}`,
    'put the public key in every kiosk\'s config: "kiosk": { "updates": { "publicKey": "…" } }',
  ];
}

/** Signs every manifest in electron-builder's output folder; returns the lines to print. */
export function signRelease(keyFile: string, dir: string): string[] {
  if (!existsSync(keyFile))
    throw new ReleaseToolError(`No key at ${keyFile}: npm run release -- keygen --key ${keyFile}.`);
  const pem = readFileSync(keyFile, 'utf8');
  let publicKey: string;
  try {
    publicKey = publicKeyOf(pem);
  } catch {
    throw new ReleaseToolError(`${keyFile} is not an Ed25519 private key (npm run release -- keygen makes one).`);
  }
  const manifests = existsSync(dir) ? readdirSync(dir).filter((f) => MANIFEST.test(f)) : [];
  if (manifests.length === 0)
    throw new ReleaseToolError(`No latest.yml in ${dir}: point at electron-builder's output folder (dist/).`);
  const versions = new Set<string>();
  const lines: string[] = [];
  for (const name of manifests) {
    const bytes = readFileSync(join(dir, name));
    const read = readManifest(bytes.toString('utf8'));
    if (!read.ok) throw new ReleaseToolError(`${name}: ${read.message}`);
    versions.add(read.manifest.version);
    for (const file of read.manifest.files)
      if (!existsSync(join(dir, decodeURIComponent(file.url))))
        throw new ReleaseToolError(`${name} names ${file.url}, which is not in ${dir}.`);
    writeFileSync(join(dir, name + SIGNATURE_SUFFIX), signManifest(bytes, pem) + '\n');
    lines.push(`signed ${name} (${read.manifest.version})`);
  }
  if (versions.size !== 1)
    throw new ReleaseToolError(`The manifests name different versions: ${[...versions].join(', ')}.`);
  const [version] = versions;
  lines.push(
    `public key: ${publicKey} (the kiosks' kiosk.updates.publicKey must be this one)`,
    `copy ${dir} to the hub as <hub data folder>/updates/${version}/ (installers, latest*.yml and their .sig)`,
  );
  return lines;
}
