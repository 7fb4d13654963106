// A release's manifest signed with IT's Ed25519 key (node:crypto). electron-updater's sha512 in latest.yml is a
// checksum: whoever can write the hub's folder can change both the installer and its sum. The signature of the
// manifest's exact bytes (`latest.yml.sig`, base64) ties the manifest, and through its sha512 the installer, to
// the key only IT holds; the kiosk's config carries the public half (43 base64url characters).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** The signature file beside a manifest: `latest.yml` → `latest.yml.sig`. */
export const SIGNATURE_SUFFIX = '.sig';

export interface SigningKeys {
  /** PKCS#8 PEM: IT keeps it off the hub (whoever holds it can publish a release). */
  privateKeyPem: string;
  /** The public key's 32 bytes in base64url: the kiosks' `kiosk.updates.publicKey`. */
  publicKey: string;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicKeyText(publicKey),
  };
}

function publicKeyText(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('Not an Ed25519 key.');
  return jwk.x;
}

/** The public half of a private key file's key (to check it matches the kiosks' config). @throws Error */
export function publicKeyOf(privateKeyPem: string): string {
  return publicKeyText(createPublicKey(createPrivateKey(privateKeyPem)));
}

/** The signature of the manifest's bytes, base64 (the `.sig` file's content). @throws Error on a bad key */
export function signManifest(manifest: Buffer, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error('The release key must be an Ed25519 key (npm run release -- keygen).');
  return sign(null, manifest, key).toString('base64');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'unsigned' | 'tampered' | 'bad-key'; message: string };

/** Whether `signature` (the `.sig` file's text; undefined when there is none) is IT's over these exact bytes. */
export function checkSignature(manifest: Buffer, signature: string | undefined, publicKey: string): SignatureCheck {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
  } catch {
    return {
      ok: false,
      reason: 'bad-key',
      message: "The kiosk's release key (kiosk.updates.publicKey) is not an Ed25519 public key.",
    };
  }
  if (signature === undefined || signature.trim() === '')
    return {
      ok: false,
      reason: 'unsigned',
      message: 'The release is not signed (no .sig beside its manifest): sign it with `npm run release -- sign`.',
    };
  const bytes = Buffer.from(signature.trim(), 'base64');
  if (bytes.length !== 64 || !verify(null, manifest, key, bytes))
    return {
      ok: false,
      reason: 'tampered',
      message:
        "The release's signature does not match its manifest or IT's key: it was changed after signing, or signed with another key.",
    };
  return { ok: true };
}
