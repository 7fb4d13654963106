// A release as electron-builder lays it out (an installer and its latest*.yml with the installer's sha512),
// optionally signed as `npm run release -- sign` signs it: for the update tests, without building the app.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signManifest } from '../../src/main/updates/release-signature.ts';

export interface FakeRelease {
  dir: string;
  installer: string;
  installerBytes: Buffer;
  manifest: string;
}

export function manifestText(version: string, installer: string, bytes: Buffer): string {
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${installer}`,
    `    sha512: ${sha512}`,
    `    size: ${bytes.length}`,
    `path: ${installer}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-12-01T10:00:00.000Z'",
    '',
  ].join('\n');
}

/** `<root>/<version>/` with Social-Wall-<version>.AppImage and latest-linux.yml (+ .sig when a key is given). */
export function writeFakeRelease(root: string, version: string, privateKeyPem?: string): FakeRelease {
  const dir = join(root, version);
  mkdirSync(dir, { recursive: true });
  const installer = `Social-Wall-${version}.AppImage`;
  const installerBytes = Buffer.from(`#!/bin/sh\necho social wall ${version}\n`.repeat(200));
  writeFileSync(join(dir, installer), installerBytes);
  const manifest = manifestText(version, installer, installerBytes);
  writeFileSync(join(dir, 'latest-linux.yml'), manifest);
  if (privateKeyPem !== undefined)
    writeFileSync(join(dir, 'latest-linux.yml.sig'), signManifest(Buffer.from(manifest), privateKeyPem));
  return { dir, installer, installerBytes, manifest };
}
