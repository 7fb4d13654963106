import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type ConnectorVault } from '../../../../src/connectors/connector.ts';
import {
  CONNECTOR_SECRETS_FILE,
  ConnectorVaultFile,
  openConnectorVaultFile,
} from '../../../../src/main/secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from '../../../../src/main/secrets/key-file-secret-store.ts';
import { googleReviewsConnector } from '../../../../src/connectors/reviews/google/google-reviews-connector.ts';
import { GoogleDataset, startGoogleEmulator, type GoogleEmulator } from '../../../emulators/reviews/google-emulator.ts';
import { at, harness, minutes, type Harness } from './connector-test-kit.ts';

describe('Google Business Profile reviews', () => {
  let emu: GoogleEmulator;
  let h: Harness;
  const reviewCalls = () => emu.requests.filter((r) => r.path.endsWith('/reviews'));

  function options(extra: Record<string, unknown> = {}) {
    return {
      baseUrl: emu.url,
      tokenUrl: `${emu.url}/token`,
      accountId: emu.data.accountId,
      locationId: emu.data.locationId,
      accessToken: 'emulator-google-token',
      refreshToken: emu.data.refreshToken,
      clientId: emu.data.clientId,
      ...extra,
    };
  }

  beforeEach(async () => {
    const data = new GoogleDataset();
    for (let i = 0; i < 60; i++) data.add(at(-minutes(600 - i * 5)), ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
    emu = await startGoogleEmulator(data);
    h = harness(googleReviewsConnector, options());
  });
  afterEach(async () => {
    await h.close();
    await emu.close();
  });

  it("first sync pages through every review, with ratings 1–5 and the brand's replies threaded", async () => {
    emu.data.reply('AbFvOq3', 'Merci pour votre retour !', at(-minutes(10)));
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
    expect(reviewCalls().map((r) => r.query['pageToken'] ?? '')).toEqual(['', '50']);
    expect(reviewCalls()[0]?.headers['authorization']).toBe('Bearer emulator-google-token');
    expect((await h.posts()).filter((p) => p.kind === 'review')).toHaveLength(60);
    const review = await h.post('google:AbFvOq3');
    expect(review).toMatchObject({
      network: 'google',
      kind: 'review',
      rating: 3,
      author: { name: 'Client 3', isBrand: false },
    });
    expect((await h.post('google:AbFvOq5'))?.rating).toBe(5);
    expect(await h.post('google:AbFvOq3-reply')).toMatchObject({
      kind: 'reply',
      parentKey: 'google:AbFvOq3',
      author: { isBrand: true, name: 'Réponse du propriétaire' },
      text: 'Merci pour votre retour !',
      createdAt: at(-minutes(10)).toISOString(),
    });
    expect(h.runner.currentHealth.budget).toMatchObject({ totalReviewCount: 60, averageRating: 3 });
  });

  it('incremental polls read one page, store only what is new, and propagate edits and deletes', async () => {
    await h.runner.pollOnce();
    const before = reviewCalls().length;
    emu.data.add(at(minutes(1)), 1, 'Attente interminable');
    emu.data.add(at(minutes(1)), 4, 'Bien');
    emu.data.edit('AbFvOq60', 'Finalement très bien', at(minutes(2)));
    emu.data.remove('AbFvOq58');
    await h.runner.pollOnce();
    expect(reviewCalls().length - before).toBe(1);
    expect((await h.posts()).filter((p) => p.kind === 'review')).toHaveLength(61);
    expect(await h.post('google:AbFvOq61')).toMatchObject({ rating: 1, text: 'Attente interminable' });
    expect(await h.post('google:AbFvOq60')).toMatchObject({
      text: 'Finalement très bien',
      editedAt: at(minutes(2)).toISOString(),
    });
    expect(await h.post('google:AbFvOq58')).toBeUndefined();
    // A review merely pushed off the first page is not taken for deleted.
    expect(await h.post('google:AbFvOq11')).toBeDefined();
  });

  it('deletes a reply the business withdrew', async () => {
    emu.data.reply('AbFvOq59', 'Merci !', at(-minutes(1)));
    await h.runner.pollOnce();
    expect(await h.post('google:AbFvOq59-reply')).toBeDefined();
    delete emu.data.find('AbFvOq59').reply;
    await h.runner.pollOnce();
    expect(await h.post('google:AbFvOq59-reply')).toBeUndefined();
    expect(await h.post('google:AbFvOq59')).toBeDefined();
  });

  it('skips and counts a malformed review without stopping', async () => {
    emu.switches.malformedItems = true;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect((await h.posts()).filter((p) => p.kind === 'review')).toHaveLength(60);
  });

  it('renews an expired access token once with the refresh token, even for concurrent calls', async () => {
    emu.data.expireTokens();
    const driver = googleReviewsConnector.create(googleReviewsConnector.optionsSchema.parse(options()), {
      sourceId: 's',
      now: () => Date.now(),
      assetBaseUrl: '',
    });
    const signal = new AbortController().signal;
    const [a, b] = await Promise.all([
      driver.poll({ cursor: undefined, signal }),
      driver.poll({ cursor: undefined, signal }),
    ]);
    expect(emu.requests.filter((r) => r.path === '/token')).toHaveLength(1);
    expect(a.events.length).toBeGreaterThan(0);
    expect(b.budget?.['tokenRenewals']).toBe(1);
    expect(reviewCalls().at(-1)?.headers['authorization']).toBe('Bearer emulator-google-token-1');
  });

  it('the renewed token and its expiry are kept sealed in the vault file: a restart uses them without renewing again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'google-vault-'));
    try {
      const vault = (): ConnectorVault =>
        ConnectorVaultFile.open(dir, openKeyFileSecretStore(dir, 'linux')).forSource('google');
      const driverWith = (v: ConnectorVault, extra: Record<string, unknown> = {}) =>
        googleReviewsConnector.create(googleReviewsConnector.optionsSchema.parse(options(extra)), {
          sourceId: 'google',
          now: () => Date.now(),
          assetBaseUrl: '',
          vault: v,
        });
      const signal = new AbortController().signal;
      emu.data.expireTokens();
      await driverWith(vault()).poll({ cursor: undefined, signal });
      expect(emu.requests.filter((r) => r.path === '/token')).toHaveLength(1);
      expect(readFileSync(join(dir, CONNECTOR_SECRETS_FILE)).includes('emulator-google-token-1')).toBe(false);
      const saved = JSON.parse(vault().get('token') ?? '{}') as { accessToken?: string; expiresAt?: number };
      expect(saved.accessToken).toBe('emulator-google-token-1');
      expect(saved.expiresAt).toBeGreaterThan(Date.now() + 3_000_000);

      // Restart: the pasted token is long dead, the renewed one from the vault is used at once.
      const restarted = await driverWith(vault()).poll({ cursor: undefined, signal });
      expect(emu.requests.filter((r) => r.path === '/token')).toHaveLength(1);
      expect(reviewCalls().at(-1)?.headers['authorization']).toBe('Bearer emulator-google-token-1');
      expect(restarted.budget?.['tokenRenewals']).toBe(0);

      // New credentials pasted by IT: the saved token (from the old sign-in) is not used.
      const pasted = emu.data.issueToken();
      await driverWith(vault(), { accessToken: pasted }).poll({ cursor: undefined, signal });
      expect(reviewCalls().at(-1)?.headers['authorization']).toBe(`Bearer ${pasted}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a damaged vault file (moved aside at start): the source renews from the configured tokens, or says to renew them — no crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'google-vault-'));
    try {
      writeFileSync(join(dir, CONNECTOR_SECRETS_FILE), '{"google": {"token": "v1:trunc');
      const reports: string[] = [];
      const vault = openConnectorVaultFile(dir, openKeyFileSecretStore(dir, 'linux'), (m) => reports.push(m)).forSource(
        'google',
      );
      expect(reports[0]).toContain('entered again in Settings');
      const driverWith = (extra: Record<string, unknown> = {}) =>
        googleReviewsConnector.create(googleReviewsConnector.optionsSchema.parse(options(extra)), {
          sourceId: 'google',
          now: () => Date.now(),
          assetBaseUrl: '',
          vault,
        });
      const signal = new AbortController().signal;
      emu.data.expireTokens();
      // The renewed token was lost with the file: the configured refresh token gets a new one, kept again.
      const result = await driverWith().poll({ cursor: undefined, signal });
      expect(result.budget?.['tokenRenewals']).toBe(1);
      expect(JSON.parse(vault.get('token') ?? '{}')).toMatchObject({ accessToken: 'emulator-google-token-1' });
      // Configured with an access token only (now expired): an auth error that says what to do.
      const error = await driverWith({ refreshToken: undefined, clientId: undefined })
        .poll({ cursor: undefined, signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ kind: 'auth', message: 'Google: token expired — renew it in Settings' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a refused renewal says "token expired — renew it in Settings" and is retried in minutes, not in a storm', async () => {
    emu.data.expireTokens();
    emu.data.refreshToken = 'revoked';
    let elapsed = 0;
    let cycles = 0;
    while (elapsed < minutes(180)) {
      const delay = await h.runner.pollOnce();
      cycles++;
      elapsed += delay;
      h.clock.advance(delay);
    }
    expect(h.runner.currentHealth.lastError).toContain('token expired — renew it in Settings');
    expect(h.runner.currentHealth.state).toBe('failing');
    // 2, 2, 4, 8, then every 15 minutes: at most 16 cycles in 3 hours, where a healthy source makes 90.
    expect(cycles).toBeLessThanOrEqual(16);
    expect(emu.requests.length).toBeLessThanOrEqual(cycles * 2);
    expect(emu.requests.map((r) => JSON.stringify(r)).join('')).not.toContain('revoked');
    expect(h.runner.currentHealth.lastError).not.toContain('revoked');
  });

  it('without a refresh token, an expired token is an auth failure at once', async () => {
    await h.close();
    h = harness(googleReviewsConnector, options({ refreshToken: undefined, clientId: undefined }));
    emu.data.expireTokens();
    const delay = await h.runner.pollOnce();
    expect(h.runner.currentHealth.lastError).toBe('Google: token expired — renew it in Settings');
    expect(delay).toBeGreaterThanOrEqual(minutes(2));
    expect(emu.requests.filter((r) => r.path === '/token')).toHaveLength(0);
  });

  it('throttled: a 429 is a rate-limit error with a delay, and the runner waits at least that long', async () => {
    emu.switches.rateLimited = true;
    const driver = googleReviewsConnector.create(googleReviewsConnector.optionsSchema.parse(options()), {
      sourceId: 's',
      now: () => Date.now(),
      assetBaseUrl: '',
    });
    const error = await driver
      .poll({ cursor: undefined, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 60_000 });
    const delay = await h.runner.pollOnce();
    expect(delay).toBeGreaterThanOrEqual(60_000);
  });

  it('backs off on a 5xx and recovers', async () => {
    emu.switches.serverErrors = 2;
    const d1 = await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'degraded', consecutiveFailures: 1 });
    const d2 = await h.runner.pollOnce();
    expect(d2).toBeGreaterThan(d1);
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect((await h.posts()).length).toBe(60);
  });
});
