import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type PollResult, type SourceDriver } from '../../../../src/connectors/connector.ts';
import { blueskyConnector } from '../../../../src/connectors/bluesky/bluesky-connector.ts';
import { BlueskyClient } from '../../../../src/connectors/bluesky/bluesky-client.ts';
import { classifyBlueskyError } from '../../../../src/connectors/bluesky/bluesky-errors.ts';
import { BlueskySession } from '../../../../src/connectors/bluesky/bluesky-session.ts';
import { HttpClient } from '../../../../src/connectors/shared/http-client.ts';
import { PostSchema } from '../../../../src/shared/post.ts';
import { startBlueskyEmulator, type BlueskyEmulator, type BskyAccount } from '../../../emulators/bluesky/bluesky-emulator.ts';
import { realTimers, runnerHarness, type RunnerHarness } from '../mastodon/runner-kit.ts';

let bsky: BlueskyEmulator;
let searcher: BskyAccount;
let brand: BskyAccount;
let jane: BskyAccount;
let harness: RunnerHarness | undefined;

beforeEach(async () => {
  bsky = await startBlueskyEmulator();
  searcher = bsky.account('wall.ateliernova.fr', 'abcd-efgh-ijkl-mnop');
  brand = bsky.account('ateliernova.bsky.social');
  jane = bsky.account('jane.bsky.social');
});
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await bsky.close();
});

const options = (extra: Record<string, unknown> = {}) => ({
  baseUrl: bsky.url,
  identifier: 'wall.ateliernova.fr',
  appPassword: 'abcd-efgh-ijkl-mnop',
  queries: ['#ateliernova'],
  brandHandle: 'ateliernova.bsky.social',
  ...extra,
});
const driverOf = (extra: Record<string, unknown> = {}): SourceDriver =>
  blueskyConnector.create(blueskyConnector.optionsSchema.parse(options(extra)), { sourceId: 'bsky', now: Date.now, assetBaseUrl: '/' });
const poll = (driver: SourceDriver, cursor?: string): Promise<PollResult> => driver.poll({ cursor, signal: new AbortController().signal });
const upserts = (r: PollResult) => r.events.flatMap((e) => (e.type === 'upsert' ? [PostSchema.parse({ sourceId: 'bsky', fetchedAt: new Date().toISOString(), ...(e.item as object) })] : []));
const keyOf = (uri: string) => `bluesky:${uri.replace('at://', '').replace('/app.bsky.feed.post/', '/')}`;

describe('Bluesky connector against the emulator', () => {
  it('first sync: logs in with the app password, maps posts (key, web URL, images, labels, hashtags)', async () => {
    const p = bsky.post(jane, 'Garage au top #ateliernova merci @ateliernova.bsky.social', { images: [{ alt: 'atelier' }], labels: ['graphic-media'] });
    bsky.post(jane, 'hors sujet');
    const result = await poll(driverOf());
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
    // The rotating refresh token is kept in the cursor, which the runtime persists.
    expect(JSON.parse(result.cursor ?? '{}').refreshJwt).toMatch(/^eyJ\.refresh-/);
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
    expect(reply).toMatchObject({ key: keyOf(answer.uri), kind: 'reply', parentKey: keyOf(customer.uri), rootKey: keyOf(customer.uri) });
    expect(bsky.requests.some((r) => r.path === '/xrpc/app.bsky.feed.getPostThread' && r.query['uri'] === customer.uri)).toBe(true);
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
    const driver = driverOf();
    const first = await poll(driver);
    bsky.expireAccessTokens();
    bsky.post(jane, 'encore #ateliernova');
    const second = await poll(driver, first.cursor);
    expect(upserts(second)).toHaveLength(1);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    expect(JSON.parse(second.cursor ?? '{}').refreshJwt).not.toBe(JSON.parse(first.cursor ?? '{}').refreshJwt);
  });

  it('a restart resumes the session from the persisted (rotated) refresh token, without logging in', async () => {
    const first = await poll(driverOf());
    await poll(driverOf(), first.cursor);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
    // A stale refresh token (already rotated) falls back to the app password.
    await poll(driverOf(), first.cursor);
    expect(bsky.counts).toEqual({ createSession: 2, refreshSession: 2 });
  });

  it('renewals are serialised: concurrent callers await one refresh', async () => {
    const http = new HttpClient({ baseUrl: bsky.url, networkLabel: 'Bluesky', classify: classifyBlueskyError });
    const session = new BlueskySession(http, 'wall.ateliernova.fr', 'abcd-efgh-ijkl-mnop', undefined);
    const client = new BlueskyClient(http, session);
    await client.query('app.bsky.feed.searchPosts', { q: 'x' });
    bsky.expireAccessTokens();
    bsky.refreshDelayMs = 100;
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.query<{ posts: unknown[] }>('app.bsky.feed.searchPosts', { q: 'x' })));
    expect(answers.every((a) => Array.isArray(a.data.posts))).toBe(true);
    expect(bsky.counts).toEqual({ createSession: 1, refreshSession: 1 });
  });

  it('a wrong app password (or revoked session) → "token expired — renew it in Settings", no secret in the message', async () => {
    const error = (await poll(driverOf({ appPassword: 'wrong-pass-word-xxxx' })).catch((e: unknown) => e)) as ConnectorError;
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('token expired — renew it in Settings');
    expect(error.message).toContain('app password');
    expect(error.message).not.toContain('wrong-pass-word-xxxx');
  });
});

describe('Bluesky connector in the runtime', () => {
  it('5xx: backs off, then recovers', async () => {
    bsky.post(jane, '#ateliernova');
    harness = runnerHarness(blueskyConnector, options());
    bsky.switches.serverErrors = 2;
    const d1 = await harness.runner.pollOnce();
    expect(harness.runner.currentHealth.state).toBe('degraded');
    const d2 = await harness.runner.pollOnce();
    expect(d2).toBeGreaterThan(d1);
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth.state).toBe('ok');
    expect(harness.posts()).toHaveLength(1);
  });

  it('expired and unrenewable: health says so, and no retry storm', async () => {
    harness = runnerHarness(blueskyConnector, options(), { timers: realTimers });
    await harness.runner.pollOnce();
    bsky.expireAccessTokens();
    bsky.revokeRefreshTokens();
    bsky.accounts[0]!.appPassword = 'revoked-by-user';
    const delay = await harness.runner.pollOnce();
    expect(delay).toBeGreaterThanOrEqual(3_600_000);
    expect(harness.runner.currentHealth).toMatchObject({ state: 'failing', lastError: expect.stringContaining('token expired — renew it in Settings') });
    const before = bsky.requests.length;
    harness.runner.start();
    await new Promise((r) => setTimeout(r, 400));
    // start() polls once at once (search → refresh → login, all refused), then waits an hour.
    expect(bsky.requests.length - before).toBeLessThanOrEqual(3);
    expect(bsky.counts.createSession).toBeLessThanOrEqual(3);
  });

  it('a malformed post is skipped and counted', async () => {
    bsky.post(jane, 'bon #ateliernova');
    bsky.switches.malformedItems = true;
    harness = runnerHarness(blueskyConnector, options({ brandHandle: undefined }));
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(harness.posts()).toHaveLength(1);
  });
});
