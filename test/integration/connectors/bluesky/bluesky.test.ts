import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConnectorError,
  type ConnectorVault,
  type PollResult,
  type SourceDriver,
} from '../../../../src/connectors/connector.ts';
import { blueskyConnector } from '../../../../src/connectors/bluesky/bluesky-connector.ts';
import { BlueskyClient } from '../../../../src/connectors/bluesky/bluesky-client.ts';
import { classifyBlueskyError } from '../../../../src/connectors/bluesky/bluesky-errors.ts';
import { BlueskySession } from '../../../../src/connectors/bluesky/bluesky-session.ts';
import { HttpClient } from '../../../../src/connectors/shared/http-client.ts';
import { memoryLogger } from '../../../../src/main/logger.ts';
import { CONNECTOR_SECRETS_FILE, ConnectorVaultFile } from '../../../../src/main/secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from '../../../../src/main/secrets/key-file-secret-store.ts';
import { openSqliteStore } from '../../../../src/main/store/open-sqlite-store.ts';
import { startWall } from '../../../../src/main/wall.ts';
import { PostSchema } from '../../../../src/shared/post.ts';
import {
  startBlueskyEmulator,
  type BlueskyEmulator,
  type BskyAccount,
} from '../../../emulators/bluesky/bluesky-emulator.ts';
import { realTimers } from '../../../../src/main/engine/source-runner.ts';
import { connectorHarness, type ConnectorHarness } from '../../../support/connector-harness.ts';

let bsky: BlueskyEmulator;
let brand: BskyAccount;
let jane: BskyAccount;
let harness: ConnectorHarness | undefined;
let dataDir: string;

beforeEach(async () => {
  bsky = await startBlueskyEmulator();
  // The wall's own account (the connector's login), created for its side effect on the emulator.
  bsky.account('wall.ateliernova.fr', 'abcd-efgh-ijkl-mnop');
  brand = bsky.account('ateliernova.bsky.social');
  jane = bsky.account('jane.bsky.social');
  dataDir = mkdtempSync(join(tmpdir(), 'bsky-vault-'));
});
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await bsky.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The source's vault as the engine gives it, read again from its sealed file (a restart). */
const fileVault = (): ConnectorVault =>
  ConnectorVaultFile.open(dataDir, openKeyFileSecretStore(dataDir, 'linux')).forSource('bsky');
const vaultBytes = (): Buffer => readFileSync(join(dataDir, CONNECTOR_SECRETS_FILE));
const savedRefresh = (vault: ConnectorVault): string | undefined =>
  (JSON.parse(vault.get('session') ?? '{}') as { refreshJwt?: string }).refreshJwt;

const options = (extra: Record<string, unknown> = {}) => ({
  baseUrl: bsky.url,
  identifier: 'wall.ateliernova.fr',
  appPassword: 'abcd-efgh-ijkl-mnop',
  queries: ['#ateliernova'],
  brandHandle: 'ateliernova.bsky.social',
  ...extra,
});
const driverOf = (extra: Record<string, unknown> = {}, vault?: ConnectorVault): SourceDriver =>
  blueskyConnector.create(blueskyConnector.optionsSchema.parse(options(extra)), {
    sourceId: 'bsky',
    now: Date.now,
    assetBaseUrl: '/',
    ...(vault ? { vault } : {}),
  });
const poll = (driver: SourceDriver, cursor?: string): Promise<PollResult> =>
  driver.poll({ cursor, signal: new AbortController().signal });
const upserts = (r: PollResult) =>
  r.events.flatMap((e) =>
    e.type === 'upsert'
      ? [PostSchema.parse({ sourceId: 'bsky', fetchedAt: new Date().toISOString(), ...(e.item as object) })]
      : [],
  );
const keyOf = (uri: string) => `bluesky:${uri.replace('at://', '').replace('/app.bsky.feed.post/', '/')}`;

describe('Bluesky connector against the emulator', () => {
  it('first sync: logs in with the app password, maps posts (key, web URL, images, labels, hashtags)', async () => {
    const p = bsky.post(jane, 'Garage au top #ateliernova merci @ateliernova.bsky.social', {
      images: [{ alt: 'atelier' }],
      labels: ['graphic-media'],
    });
    bsky.post(jane, 'hors sujet');
    const vault = fileVault();
    const result = await poll(driverOf({}, vault));
    const posts = upserts(result);
    expect(posts).toHaveLength(1);
    const rkey = p.uri.split('/').pop();
    expect(posts[0]).toMatchObject({
      key: keyOf(p.uri),
      kind: 'post',
      url: `https://bsky.app/profile/jane.bsky.social/post/${rkey}`,
      author: { id: jane.did, handle: 'jane.bsky.social', isBrand: false },
      hashtags: ['ateliernova'],
      mentions: ['ateliernova.bsky.social'],
      sensitive: true,
      contentWarning: 'graphic-media',
      media: [{ type: 'image', alt: 'atelier', width: 1600, height: 1200 }],
    });
    expect(bsky.counts.createSession).toBe(1);
    const search = bsky.requests.find((r) => r.path === '/xrpc/app.bsky.feed.searchPosts');
    expect(search?.query).toMatchObject({ q: '#ateliernova', sort: 'latest' });
    expect(search?.headers['authorization']).toMatch(/^Bearer eyJ\.access-/);
    // The rotating refresh token is kept in the source's vault, sealed; never in the cursor (stored in clear).
    const token = savedRefresh(vault);
    expect(token).toMatch(/^eyJ\.refresh-/);
    expect(result.cursor).not.toContain('refresh');
    expect(vaultBytes().includes(token ?? '')).toBe(false);
  });

  it('incremental: time high-water mark with an overlap, nothing emitted twice, paging by cursor', async () => {
    bsky.post(jane, 'un #ateliernova');
    const driver = driverOf();
    const first = await poll(driver);
    expect(upserts(await poll(driver, first.cursor))).toHaveLength(0);
    for (let i = 0; i < 230; i++) bsky.post(jane, `rafale ${i} #ateliernova`);
    const burst = await poll(driver, first.cursor);
    const keys = upserts(burst).map((p) => p.key);
    expect(keys).toHaveLength(230);
    expect(new Set(keys).size).toBe(230);
    const searches = bsky.requests.filter((r) => r.path === '/xrpc/app.bsky.feed.searchPosts');
    expect(searches.at(-1)?.query['cursor']).toBe('200');
    expect(Date.parse(searches.at(-1)?.query['since'] ?? '')).toBeLessThan(Date.now() - 60_000);
  });

  it("threads the brand's replies: from its own feed and from a customer post's thread", async () => {
    const customer = bsky.post(jane, 'Ma voiture est prête ? #ateliernova');
    const driver = driverOf();
    const first = await poll(driver);
    const answer = bsky.post(brand, 'Oui, depuis ce matin !', { replyTo: customer });
    const second = upserts(await poll(driver, first.cursor));
    const reply = second.find((p) => p.author.isBrand);
    expect(reply).toMatchObject({
      key: keyOf(answer.uri),
      kind: 'reply',
      parentKey: keyOf(customer.uri),
      rootKey: keyOf(customer.uri),
    });
    expect(
      bsky.requests.some((r) => r.path === '/xrpc/app.bsky.feed.getPostThread' && r.query['uri'] === customer.uri),
    ).toBe(true);
  });

  it('deletes: a recent post missing from getPosts leaves the wall', async () => {
    const a = bsky.post(jane, 'bientôt supprimé #ateliernova');
    bsky.post(jane, 'reste #ateliernova');
    const driver = driverOf({ recheckEveryPolls: 2 });
    const first = await poll(driver);
    bsky.delete(a);
    const second = await poll(driver, first.cursor);
    expect(second.events).toContainEqual({ type: 'delete', key: keyOf(a.uri) });
    expect(second.events.filter((e) => e.type === 'delete')).toHaveLength(1);
  });

  it('reads ratelimit-* (epoch seconds) into minDelayMs and the budget; a 429 is a rate-limit error', async () => {
    bsky.rate.remaining = 310;
    bsky.rate.resetAt = Date.now() + 60_000;
    const result = await poll(driverOf());
    expect(result.minDelayMs).toBeGreaterThan(1_000);
    expect(result.budget).toMatchObject({ rateLimitLimit: 3000 });
    bsky.switches.rateLimited = true;
    const error = (await poll(driverOf()).catch((e: unknown) => e)) as ConnectorError;
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBeGreaterThan(30_000);
  });

  it('an expired access token (HTTP 400 ExpiredToken) is refreshed once and the call retried', async () => {
    bsky.post(jane, '#ateliernova');
    const vault = fileVault();
    const driver = driverOf({}, vault);
    const first = await poll(driver);
    const before = savedRefresh(vault);
    bsky.expireAccessTokens();
    bsky.post(jane, 'encore #ateliernova');
    const second = await poll(driver, first.cursor);
    expect(upserts(second)).toHaveLength(1);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    // The rotated token reached the vault file at once.
    expect(savedRefresh(fileVault())).not.toBe(before);
    expect(savedRefresh(fileVault())).toMatch(/^eyJ\.refresh-/);
  });

  it('a restart resumes the session from the (rotated) refresh token in the vault file, without logging in', async () => {
    const first = await poll(driverOf({}, fileVault()));
    const stale = fileVault().get('session');
    // Each "restart" is a new driver over the vault read again from its file.
    const second = await poll(driverOf({}, fileVault()), first.cursor);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    await poll(driverOf({}, fileVault()), second.cursor);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 2 });
    // Without a vault (Test connection), a driver logs in and keeps the token in memory only.
    await poll(driverOf(), second.cursor);
    expect(bsky.counts).toEqual({ createSession: 2, refreshSession: 2 });
    // A stale refresh token (already rotated) falls back to the app password.
    fileVault().set('session', stale);
    await poll(driverOf({}, fileVault()), second.cursor);
    expect(bsky.counts).toEqual({ createSession: 3, refreshSession: 3 });
    // A token saved for another account (IT changed the identifier) is not used.
    bsky.account('other.bsky.social', 'other-pass-word-xxxx');
    await poll(
      driverOf({ identifier: 'other.bsky.social', appPassword: 'other-pass-word-xxxx' }, fileVault()),
      second.cursor,
    );
    expect(bsky.counts).toEqual({ createSession: 4, refreshSession: 3 });
  });

  it('migration: a cursor from before the vault (token in clear) moves its token to the vault once and is rewritten without it', async () => {
    const memory = new Map<string, string>();
    const first = await poll(
      driverOf(
        {},
        { get: (n) => memory.get(n), set: (n, v) => (v === undefined ? memory.delete(n) : memory.set(n, v)) },
      ),
    );
    const oldToken = (JSON.parse(memory.get('session') ?? '{}') as { refreshJwt: string }).refreshJwt;
    const oldCursor = JSON.stringify({ ...JSON.parse(first.cursor ?? '{}'), refreshJwt: oldToken });
    const migrated = await poll(driverOf({}, fileVault()), oldCursor);
    // The old token was used (a refresh, no new login), the rotated one sealed in the vault, the cursor clean.
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    expect(migrated.cursor).not.toContain(oldToken);
    expect(JSON.parse(migrated.cursor ?? '{}')).not.toHaveProperty('refreshJwt');
    expect(JSON.parse(migrated.cursor ?? '{}').newestByQuery).toEqual(JSON.parse(first.cursor ?? '{}').newestByQuery);
    const rotated = savedRefresh(fileVault());
    expect(rotated).toMatch(/^eyJ\.refresh-/);
    expect(rotated).not.toBe(oldToken);
    expect(vaultBytes().includes(rotated ?? '')).toBe(false);
    // The next start reads the vault, not the (now clean) cursor.
    await poll(driverOf({}, fileVault()), migrated.cursor);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 2 });
  });

  it('renewals are serialised: concurrent callers await one refresh', async () => {
    const http = new HttpClient({ baseUrl: bsky.url, networkLabel: 'Bluesky', classify: classifyBlueskyError });
    const session = new BlueskySession(http, 'wall.ateliernova.fr', 'abcd-efgh-ijkl-mnop', undefined);
    const client = new BlueskyClient(http, session);
    await client.query('app.bsky.feed.searchPosts', { q: 'x' });
    bsky.expireAccessTokens();
    bsky.refreshDelayMs = 100;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => client.query<{ posts: unknown[] }>('app.bsky.feed.searchPosts', { q: 'x' })),
    );
    expect(answers.every((a) => Array.isArray(a.data.posts))).toBe(true);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
  });

  it('a wrong app password (or revoked session) → "token expired — renew it in Settings", no secret in the message', async () => {
    const error = (await poll(driverOf({ appPassword: 'wrong-pass-word-xxxx' })).catch(
      (e: unknown) => e,
    )) as ConnectorError;
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('token expired — renew it in Settings');
    expect(error.message).toContain('app password');
    expect(error.message).not.toContain('wrong-pass-word-xxxx');
  });
});

describe('Bluesky connector in the runtime', () => {
  it('through the wall: the refresh token is sealed in connector-secrets.json, absent from the SQLite file and the cursor, and reused after a restart', async () => {
    bsky.post(jane, 'Top #ateliernova');
    const config = {
      sources: [{ id: 'bsky', type: 'bluesky', options: options() }],
      panels: [{ id: 'p', title: 'Bluesky', type: 'feed', networks: ['bluesky'] }],
    };
    const logger = memoryLogger();
    const runOnce = async (): Promise<void> => {
      const wall = await startWall({ config, dataDir, logger, port: 0 });
      try {
        const health = () => wall.engine.health().sources.find((h) => h.sourceId === 'bsky');
        for (let i = 0; i < 250 && health()?.state !== 'ok'; i++) await new Promise((r) => setTimeout(r, 20));
        expect(health()?.state).toBe('ok');
      } finally {
        await wall.stop();
      }
    };
    await runOnce();
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 0 });
    const token = savedRefresh(fileVault());
    expect(token).toMatch(/^eyJ\.refresh-/);
    const searchIn = (): string[] =>
      ['wall.db', 'wall.db-wal', CONNECTOR_SECRETS_FILE].filter(
        (f) => existsSync(join(dataDir, f)) && readFileSync(join(dataDir, f)).includes(token ?? ''),
      );
    expect(searchIn()).toEqual([]);
    const store = openSqliteStore({ path: join(dataDir, 'wall.db'), logger: memoryLogger() });
    const cursor = (await store.writer.loadSourceState('bsky'))?.cursor;
    await store.close();
    expect(cursor).toBeDefined();
    expect(cursor).not.toContain(token);
    expect(cursor).not.toContain('refresh');

    await runOnce();
    // The restart refreshed the session with the vault's token: no new login.
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    expect(savedRefresh(fileVault())).not.toBe(token);
    expect(logger.lines.join('\n')).not.toContain('eyJ.refresh-');
  });

  it('5xx: backs off, then recovers', async () => {
    bsky.post(jane, '#ateliernova');
    harness = connectorHarness(blueskyConnector, options());
    bsky.switches.serverErrors = 2;
    const d1 = await harness.runner.pollOnce();
    expect(harness.runner.currentHealth.state).toBe('degraded');
    const d2 = await harness.runner.pollOnce();
    expect(d2).toBeGreaterThan(d1);
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth.state).toBe('ok');
    expect(await harness.posts()).toHaveLength(1);
  });

  it('expired and unrenewable: health says so, and it is retried in minutes, not in a storm', async () => {
    harness = connectorHarness(blueskyConnector, options(), { timers: realTimers });
    await harness.runner.pollOnce();
    bsky.expireAccessTokens();
    bsky.revokeRefreshTokens();
    bsky.accounts[0]!.appPassword = 'revoked-by-user';
    const delay = await harness.runner.pollOnce();
    expect(delay).toBeGreaterThanOrEqual(60_000);
    expect(harness.runner.currentHealth).toMatchObject({
      state: 'failing',
      lastError: expect.stringContaining('token expired — renew it in Settings'),
    });
    const before = bsky.requests.length;
    await harness.runner.start();
    await new Promise((r) => setTimeout(r, 400));
    // start() polls once at once (search → refresh → login, all refused), then waits an hour.
    expect(bsky.requests.length - before).toBeLessThanOrEqual(3);
    expect(bsky.counts.createSession).toBeLessThanOrEqual(3);
  });

  it('a malformed post is skipped and counted', async () => {
    bsky.post(jane, 'bon #ateliernova');
    bsky.switches.malformedItems = true;
    harness = connectorHarness(blueskyConnector, options({ brandHandle: undefined }));
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await harness.posts()).toHaveLength(1);
  });
});
