import { describe, expect, it } from 'vitest';
import {
  newPairingCode,
  newStoreToken,
  normalisePairingCode,
  secretHash,
} from '../../../src/main/fleet/pairing-secrets.ts';

describe('pairing secrets', () => {
  it('codes read without doubt: XXXX-XXXX, no 0/O/1/I, and typed in any case, with or without the dash', () => {
    const codes = Array.from({ length: 200 }, newPairingCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(200);
    expect(normalisePairingCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalisePairingCode('ab cd ef gh')).toBe('ABCDEFGH');
    expect(normalisePairingCode('ABCD-EFG0')).toBeUndefined();
    expect(normalisePairingCode('ABCD-EFGHJ')).toBeUndefined();
  });

  it('store tokens carry 256 random bits; only their hash is kept', () => {
    const token = newStoreToken();
    expect(token).toMatch(/^sws_[A-Za-z0-9_-]{43}$/);
    expect(newStoreToken()).not.toBe(token);
    expect(secretHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash(token)).not.toContain(token.slice(4));
  });
});
