// Pairs simulated store PCs with the hub as IT does: a one-time code made with the admin credential
// (POST /api/settings/fleet/pairing-codes), redeemed with no credential (POST /api/fleet/pair) for a store token.
// The hub lets one client address try 10 codes a minute: each store here redeems its code from its own loopback
// address (127.0.0.0/8 is all loopback on Linux), ten stores per address, as stores on their own PCs would.
import { request } from 'node:http';
import type { PairingCodeResponse, PairResponse } from '../../src/shared/fleet-contract.ts';

const STORES_PER_ADDRESS = 10;
const AT_ONCE = 8;

function localAddress(store: number): string {
  const n = Math.floor(store / STORES_PER_ADDRESS) + 2; // 127.0.0.1 is the admin's
  return `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`;
}

function postJson<T>(url: URL, body: unknown, headers: Record<string, string>, fromAddress?: string): Promise<T> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        ...(fromAddress ? { localAddress: fromAddress } : {}),
      },
      (res) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (answer += chunk));
        res.on('end', () =>
          res.statusCode !== undefined && res.statusCode < 300
            ? resolve(JSON.parse(answer) as T)
            : reject(new Error(`${url.pathname} answered ${res.statusCode}: ${answer}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Store tokens for stores `first` … `first + count - 1`, each paired with its own code. */
export async function pairStores(hub: string, adminToken: string, first: number, count: number): Promise<string[]> {
  const admin = { authorization: `Bearer ${adminToken}`, 'x-social-wall': '1' };
  const tokens: string[] = new Array<string>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const store = first + i;
      const { code } = await postJson<PairingCodeResponse>(
        new URL('/api/settings/fleet/pairing-codes', hub),
        { storeName: `Magasin ${store + 1}` },
        admin,
      );
      const paired = await postJson<PairResponse>(
        new URL('/api/fleet/pair', hub),
        { code, deviceName: `store-pc-${store + 1}` },
        {},
        localAddress(store),
      );
      tokens[i] = paired.storeToken;
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return tokens;
}
