import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSignature } from '../../../src/main/updates/release-signature.ts';
import { keygen, signRelease } from '../../../src/main/updates/release-tool.ts';
import { writeFakeRelease } from '../../support/fake-release.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run release', () => {
  it("keygen writes IT's private key (owner only, never over another) and prints the public one; sign signs", () => {
    dir = mkdtempSync(join(tmpdir(), 'release-tool-'));
    const keyFile = join(dir, 'release-key.pem');
    const printed = keygen(keyFile);
    const publicKey = /public key: {2}(\S+)/.exec(printed.join('\n'))?.[1] ?? '';
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o077).toBe(0);
    expect(() => keygen(keyFile)).toThrow('exists');

    const release = writeFakeRelease(join(dir, 'dist'), '1.4.0');
    const lines = signRelease(keyFile, release.dir);
    expect(lines[0]).toBe('signed latest-linux.yml (1.4.0)');
    expect(lines.at(-1)).toContain('/updates/1.4.0/');
    const signature = readFileSync(join(release.dir, 'latest-linux.yml.sig'), 'utf8');
    expect(checkSignature(Buffer.from(release.manifest), signature, publicKey)).toEqual({ ok: true });
  });

  it('refuses, saying why: no key, no manifest, a manifest naming a file not there', () => {
    dir = mkdtempSync(join(tmpdir(), 'release-tool-'));
    const keyFile = join(dir, 'k.pem');
    expect(() => signRelease(keyFile, dir)).toThrow('No key at');
    keygen(keyFile);
    expect(() => signRelease(keyFile, join(dir, 'nothing'))).toThrow('No latest.yml in');
    const release = writeFakeRelease(join(dir, 'dist'), '1.4.0');
    unlinkSync(join(release.dir, release.installer));
    expect(() => signRelease(keyFile, release.dir)).toThrow('names Social-Wall-1.4.0.AppImage, which is not in');
    writeFileSync(join(dir, 'not-a-key.pem'), 'hello');
    expect(() => signRelease(join(dir, 'not-a-key.pem'), release.dir)).toThrow('not an Ed25519 private key');
  });
});
