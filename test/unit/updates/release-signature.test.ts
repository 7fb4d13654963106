import { describe, expect, it } from 'vitest';
import { decideRelease } from '../../../src/main/updates/release-decision.ts';
import { readManifest, promisedSha512 } from '../../../src/main/updates/release-manifest.ts';
import {
  checkSignature,
  generateSigningKeys,
  publicKeyOf,
  signManifest,
} from '../../../src/main/updates/release-signature.ts';
import { manifestText } from '../../support/fake-release.ts';

const it_ = generateSigningKeys();
const other = generateSigningKeys();
const manifest = Buffer.from(manifestText('1.4.0', 'Social-Wall-1.4.0.AppImage', Buffer.from('installer')));

describe("a release's signature", () => {
  it("holds over the manifest's exact bytes with IT's key, and the key file gives back its public half", () => {
    expect(it_.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(publicKeyOf(it_.privateKeyPem)).toBe(it_.publicKey);
    const signature = signManifest(manifest, it_.privateKeyPem);
    expect(checkSignature(manifest, signature, it_.publicKey)).toEqual({ ok: true });
  });

  it('is refused with its reason: unsigned, a byte changed, another key, a key that is not one', () => {
    const signature = signManifest(manifest, it_.privateKeyPem);
    expect(checkSignature(manifest, undefined, it_.publicKey)).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(checkSignature(manifest, '  \n', it_.publicKey)).toMatchObject({ ok: false, reason: 'unsigned' });
    const changed = Buffer.from(manifest.toString().replace('1.4.0', '1.4.1'));
    expect(checkSignature(changed, signature, it_.publicKey)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(checkSignature(manifest, signature, other.publicKey)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(checkSignature(manifest, 'bm90IGEgc2lnbmF0dXJl', it_.publicKey)).toMatchObject({ reason: 'tampered' });
    expect(checkSignature(manifest, signature, 'A'.repeat(12))).toMatchObject({ ok: false, reason: 'bad-key' });
  });
});

describe('the manifest', () => {
  it('is read as electron-updater reads it, and names the sha512 of each file', () => {
    const read = readManifest(manifest.toString());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.manifest.version).toBe('1.4.0');
    expect(promisedSha512(read.manifest, 'Social-Wall-1.4.0.AppImage')).toBe(read.manifest.files[0]?.sha512);
    expect(promisedSha512(read.manifest, 'other.exe')).toBeUndefined();
  });

  it('that is not YAML or lacks its files is refused with what is missing', () => {
    expect(readManifest('version: [')).toMatchObject({ ok: false });
    expect(readManifest('version: 1.0.0\n')).toEqual({ ok: false, message: 'The release manifest lacks files.' });
  });
});

describe('what a kiosk accepts', () => {
  const offer = (text: Buffer, key = it_.privateKeyPem) => ({ manifest: text, signature: signManifest(text, key) });
  const context = { current: '1.3.2', publicKey: it_.publicKey, failed: [] };

  it('a newer signed release is installed; the same or an older one is up to date', () => {
    expect(decideRelease(offer(manifest), context)).toMatchObject({ kind: 'install', manifest: { version: '1.4.0' } });
    expect(decideRelease(offer(manifest), { ...context, current: '1.4.0' })).toEqual({
      kind: 'up-to-date',
      offered: '1.4.0',
    });
    expect(decideRelease(offer(manifest), { ...context, current: '2.0.0' })).toMatchObject({ kind: 'up-to-date' });
  });

  it('an unsigned, tampered or failed-before release is refused with a reason', () => {
    expect(decideRelease({ manifest, signature: undefined }, context)).toMatchObject({
      kind: 'refused',
      reason: 'unsigned',
    });
    expect(decideRelease(offer(manifest, other.privateKeyPem), context)).toMatchObject({
      kind: 'refused',
      reason: 'tampered',
    });
    const failed = decideRelease(offer(manifest), { ...context, failed: ['1.4.0'] });
    expect(failed).toMatchObject({ kind: 'refused', reason: 'failed-before', offered: '1.4.0' });
  });

  it('falling back, only the version that ran before is accepted, older as it is', () => {
    const back = { ...context, current: '1.5.0', fallbackTo: '1.4.0' };
    expect(decideRelease(offer(manifest), back)).toMatchObject({ kind: 'install' });
    expect(decideRelease(offer(manifest), { ...back, fallbackTo: '1.3.9' })).toMatchObject({
      kind: 'refused',
      reason: 'not-the-fallback',
    });
  });
});
