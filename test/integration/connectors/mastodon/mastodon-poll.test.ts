import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../../src/connectors/connector.ts';
import { mastodonConnector } from '../../../../src/connectors/mastodon/mastodon-connector.ts';
import { fediverse, mastodonDriver, pollOnce, upserts, type Fediverse } from './mastodon-kit.ts';
import { realTimers } from '../../../../src/main/engine/source-runner.ts';
import { connectorHarness, type ConnectorHarness } from '../../../support/connector-harness.ts';

let net: Fediverse | undefined;
let harness: ConnectorHarness | undefined;
afterEach(async () => {
  await harness?.close();
  await net?.close();
  net = undefined;
  harness = undefined;
});

describe('Mastodon connector against the emulated fediverse', () => {
  it('first sync maps statuses: uri key, sanitised HTML, plain text, content warning, media', async () => {
    net = await fediverse();
    const a = net.say('Super accueil chez #ateliernova\n\nmerci @garage');
    net.world.post({
      account: net.jane,
      content:
        '<p>Vidange <script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">ici</a> &amp; <a href="https://ex.am/ple" class="x">là</a><img src=x onerror=y></p><p>ligne<br>deux</p>',
      tags: ['ateliernova'],
      spoilerText: 'prix',
      media: [
        { type: 'image', url: 'https://files.mastodon.social/a.jpg', description: 'un pneu' },
        { type: 'audio', url: 'https://files.mastodon.social/a.mp3' },
      ],
    });
    const result = await pollOnce(mastodonDriver({ instances: [net.instances[0]!.url] }));
    const posts = upserts(result);
    expect(posts).toHaveLength(2);
    const first = posts.find((p) => p.key === `mastodon:${a.uri.replace('https://', '')}`);
    expect(first).toMatchObject({
      network: 'mastodon',
      kind: 'post',
      author: { id: 'jane@mastodon.social', name: 'Jane Doe', isBrand: false },
      hashtags: ['ateliernova'],
    });
    expect(first?.text).toBe('Super accueil chez #ateliernova\n\nmerci @garage');
    const second = posts.find((p) => p !== first);
    expect(second?.html).toBe(
      '<p>Vidange <a>ici</a> &amp; <a href="https://ex.am/ple">là</a></p><p>ligne<br />deux</p>',
    );
    expect(second?.text).toBe('Vidange ici & là\n\nligne\ndeux');
    expect(second).toMatchObject({
      sensitive: true,
      contentWarning: 'prix',
      media: [{ type: 'image', url: 'https://files.mastodon.social/a.jpg', alt: 'un pneu', width: 1200 }],
    });
    expect(result.cursor).toBeDefined();
  });

  it('incremental polls read the newest page: each new status once, nothing unchanged emitted again', async () => {
    net = await fediverse();
    net.say('un #ateliernova');
    const driver = mastodonDriver({ instances: [net.instances[0]!.url] });
    const first = await pollOnce(driver);
    const again = await pollOnce(driver, first.cursor);
    expect(upserts(again)).toHaveLength(0);
    const b = net.say('deux #ateliernova');
    const third = await pollOnce(driver, again.cursor);
    expect(upserts(third).map((p) => p.key)).toEqual([`mastodon:${b.uri.replace('https://', '')}`]);
    expect(net.instances[0]!.requests.filter((r) => r.path.startsWith('/api/v1/statuses/'))).toHaveLength(0);
  });

  it('an edit or a delete of a status on the newest page shows at the next poll, with no re-check in rotation', async () => {
    net = await fediverse();
    net.say('Premier avis, inchangé #ateliernova');
    const edited = net.say('Première version #ateliernova');
    const deleted = net.say('À supprimer #ateliernova');
    const untagged = net.say('Avec le hashtag #ateliernova');
    // The default: the rotating re-check comes every 5th poll only.
    const driver = mastodonDriver({ instances: [net.instances[0]!.url] });
    const first = await pollOnce(driver);
    net.world.edit(edited.uri, '<p>Version corrigée #ateliernova</p>');
    net.world.edit(untagged.uri, '<p>Sans le hashtag</p>');
    net.world.delete(deleted.uri);
    const second = await pollOnce(driver, first.cursor);
    const key = (s: { uri: string }) => `mastodon:${s.uri.replace('https://', '')}`;
    expect(new Map(upserts(second).map((p) => [p.key, p.text]))).toEqual(
      new Map([
        [key(edited), 'Version corrigée #ateliernova'],
        [key(untagged), 'Sans le hashtag'],
      ]),
    );
    expect(second.events).toContainEqual({ type: 'delete', key: key(deleted) });
    expect(second.events.filter((e) => e.type === 'delete')).toHaveLength(1);
    // Only the two the page no longer listed were asked for by id; the kept one cost nothing.
    const byId = () => net!.instances[0]!.requests.filter((r) => r.path.startsWith('/api/v1/statuses/'));
    expect(
      byId()
        .map((r) => r.path)
        .sort(),
    ).toEqual([deleted, untagged].map((s) => `/api/v1/statuses/${net!.instances[0]!.localId(s)}`).sort());
    const third = await pollOnce(driver, second.cursor);
    expect(third.events).toEqual([]);
    expect(byId()).toHaveLength(2);
  });

  it('pages through a burst with the Link header until it is caught up', async () => {
    net = await fediverse();
    net.say('avant #ateliernova');
    const driver = mastodonDriver({ instances: [net.instances[0]!.url], maxPages: 5 });
    const first = await pollOnce(driver);
    for (let i = 0; i < 95; i++) net.say(`rafale ${i} #ateliernova`);
    const burst = await pollOnce(driver, first.cursor);
    const keys = upserts(burst).map((p) => p.key);
    expect(keys).toHaveLength(95);
    expect(new Set(keys).size).toBe(95);
    const tagCalls = net.instances[0]!.requests.filter((r) => r.path.startsWith('/api/v1/timelines/tag/'));
    // The first sync, then the newest page, and forwards from the high-water mark (min_id) until it is met.
    expect(tagCalls.length).toBe(1 + 3);
    expect(tagCalls.slice(2).every((r) => r.query['min_id'] !== undefined)).toBe(true);
  });

  it('a burst longer than maxPages is caught up at the next polls, none skipped', async () => {
    net = await fediverse();
    net.say('avant #ateliernova');
    const driver = mastodonDriver({ instances: [net.instances[0]!.url], maxPages: 2 });
    const first = await pollOnce(driver);
    for (let i = 0; i < 95; i++) net.say(`rafale ${i} #ateliernova`);
    const second = await pollOnce(driver, first.cursor);
    const third = await pollOnce(driver, second.cursor);
    const keys = new Set([...upserts(second), ...upserts(third)].map((p) => p.key));
    expect(keys.size).toBe(95);
    expect((await pollOnce(driver, third.cursor)).events).toEqual([]);
  });

  it('first sync backfills several pages backwards when asked (max_id)', async () => {
    net = await fediverse();
    for (let i = 0; i < 70; i++) net.say(`ancien ${i} #ateliernova`);
    const posts = upserts(await pollOnce(mastodonDriver({ instances: [net.instances[0]!.url], backfillPages: 2 })));
    expect(posts).toHaveLength(70);
  });

  it('the same status seen through two instances is one post (keyed by its uri)', async () => {
    net = await fediverse([{ domain: 'mastodon.social' }, { domain: 'fosstodon.org' }]);
    net.say('partout #ateliernova');
    net.say('encore #ateliernova');
    const result = await pollOnce(mastodonDriver({ instances: net.instances.map((i) => i.url) }));
    expect(upserts(result)).toHaveLength(2);
    expect(net.instances.every((i) => i.requests.some((r) => r.path === '/api/v1/timelines/tag/ateliernova'))).toBe(
      true,
    );
  });

  it("threads the brand's reply under the customer's status, even when it carries no hashtag", async () => {
    net = await fediverse([{ domain: 'mastodon.social' }, { domain: 'fosstodon.org' }]);
    const customer = net.say('Mon pneu a crevé #ateliernova');
    const driver = mastodonDriver({ instances: [net.instances[1]!.url, net.instances[0]!.url] });
    const first = await pollOnce(driver);
    net.world.post({ account: net.brand, content: '<p>Désolés, on vous rappelle !</p>', inReplyTo: customer.uri });
    const posts = upserts(await pollOnce(driver, first.cursor));
    const reply = posts.find((p) => p.author.isBrand);
    expect(reply).toMatchObject({
      kind: 'reply',
      parentKey: `mastodon:${customer.uri.replace('https://', '')}`,
      author: { id: 'ateliernova@mastodon.social' },
    });
    // No configured address is the brand's domain (they are loopback): the instance serving mastodon.social reads it.
    expect(
      net.instances[0]!.requests.some(
        (r) => r.path === '/api/v1/accounts/lookup' && r.query['acct'] === 'ateliernova@mastodon.social',
      ),
    ).toBe(true);
  });

  it('fetches the parent of a brand reply it has not seen, to thread it', async () => {
    net = await fediverse();
    const customer = net.say('pas de hashtag ici', net.jane, { tags: [] });
    net.world.post({ account: net.brand, content: '<p>Merci !</p>', inReplyTo: customer.uri });
    const posts = upserts(await pollOnce(mastodonDriver({ instances: [net.instances[0]!.url] })));
    expect(posts.find((p) => p.author.isBrand)?.parentKey).toBe(`mastodon:${customer.uri.replace('https://', '')}`);
    expect(
      net.instances[0]!.requests.some((r) => r.path === `/api/v1/statuses/${net!.instances[0]!.localId(customer)}`),
    ).toBe(true);
  });

  it('re-checks recent statuses: an edit brings the latest text, a 404 deletes', async () => {
    net = await fediverse();
    const a = net.say('Première version #ateliernova');
    const b = net.say('À supprimer #ateliernova');
    const driver = mastodonDriver({ instances: [net.instances[0]!.url], recheckEveryPolls: 1, recheckCount: 10 });
    const first = await pollOnce(driver);
    net.world.edit(a.uri, '<p>Version corrigée #ateliernova</p>');
    net.world.delete(b.uri);
    const second = await pollOnce(driver, first.cursor);
    expect(upserts(second).find((p) => p.key.endsWith(a.uri.replace('https://', '')))).toMatchObject({
      text: 'Version corrigée #ateliernova',
      editedAt: expect.any(String),
    });
    expect(second.events).toContainEqual({ type: 'delete', key: `mastodon:${b.uri.replace('https://', '')}` });
    const third = await pollOnce(driver, second.cursor);
    expect(third.events.filter((e) => e.type === 'delete')).toHaveLength(0);
  });

  it('reads X-RateLimit-* (ISO reset) into minDelayMs and the budget; a 429 is a rate-limit error with retryAfterMs', async () => {
    net = await fediverse();
    const inst = net.instances[0]!;
    inst.rate.remaining = 40;
    inst.rate.resetAt = Date.now() + 120_000;
    const result = await pollOnce(mastodonDriver({ instances: [inst.url] }));
    // 40 left, 30 kept in reserve, 2 calls this poll (timeline + brand lookup + brand statuses = 3) over 2 minutes.
    expect(result.minDelayMs).toBeGreaterThan(20_000);
    expect(result.budget).toMatchObject({
      rateLimitLimit: 300,
      rateLimitInstance: '127.0.0.1:' + new URL(inst.url).port,
    });
    inst.rate.remaining = 0;
    const error = await pollOnce(mastodonDriver({ instances: [inst.url] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'rate-limit' });
    expect((error as ConnectorError).retryAfterMs).toBeGreaterThan(100_000);
  });

  it('an instance that requires a token says so by name; a refused token reads as expired', async () => {
    net = await fediverse([{ domain: 'mastodon.social', requireToken: true, tokens: ['good'] }]);
    net.say('#ateliernova');
    const host = new URL(net.instances[0]!.url).host;
    await expect(pollOnce(mastodonDriver({ instances: [net.instances[0]!.url] }))).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining(`${host} requires an access token`),
    });
    const stale = mastodonDriver({ instances: [{ url: net.instances[0]!.url, token: 'stale-secret-token' }] });
    const error = (await pollOnce(stale).catch((e: unknown) => e)) as ConnectorError;
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('token expired — renew it in Settings');
    expect(error.message).toContain(host);
    expect(error.message).not.toContain('stale-secret-token');
    expect(
      upserts(await pollOnce(mastodonDriver({ instances: [{ url: net.instances[0]!.url, token: 'good' }] }))),
    ).toHaveLength(1);
  });

  it('one failing instance does not hide the others; it shows in the health notes', async () => {
    net = await fediverse([{ domain: 'mastodon.social' }, { domain: 'fosstodon.org', requireToken: true }]);
    net.say('#ateliernova');
    const result = await pollOnce(mastodonDriver({ instances: net.instances.map((i) => i.url) }));
    expect(upserts(result)).toHaveLength(1);
    // A note with a code the settings page words, the instance's own words kept for the logs.
    expect(result.notes).toEqual([
      {
        code: 'mastodon.instance-failing',
        params: { instance: new URL(net.instances[1]!.url).host, kind: 'auth' },
        text: expect.stringContaining('requires an access token') as unknown,
      },
    ]);
  });
});

describe('Mastodon connector in the runtime', () => {
  it('5xx: backs off, degraded, then recovers', async () => {
    net = await fediverse();
    net.say('#ateliernova');
    harness = connectorHarness(mastodonConnector, { instances: [net.instances[0]!.url], hashtags: ['ateliernova'] });
    net.instances[0]!.switches.serverErrors = 2;
    const d1 = await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({
      state: 'degraded',
      lastError: expect.stringContaining('503'),
    });
    const d2 = await harness.runner.pollOnce();
    expect(d2).toBeGreaterThan(d1);
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(await harness.posts()).toHaveLength(1);
  });

  it('expired token: the health says so and the runner does not hammer the instance', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['good'] }]);
    harness = connectorHarness(
      mastodonConnector,
      { instances: [{ url: net.instances[0]!.url, token: 'good' }], hashtags: ['ateliernova'] },
      { timers: realTimers },
    );
    net.instances[0]!.switches.expiredToken = true;
    const delay = await harness.runner.pollOnce();
    // Retried in a minute, then 2, 4, 8, 15 (IT may renew it any moment), never every 30 s.
    expect(delay).toBeGreaterThanOrEqual(60_000);
    expect(harness.runner.currentHealth.lastError).toContain('token expired — renew it in Settings');
    expect(harness.runner.currentHealth.state).toBe('failing');
    // The live stream is refused too; whatever the supervisor does, an auth error waits minutes.
    await harness.runner.start();
    await new Promise((r) => setTimeout(r, 300));
    const calls = net.instances[0]!.requests.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(net.instances[0]!.requests.length).toBe(calls);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('a malformed status is skipped and counted; the others are stored', async () => {
    net = await fediverse();
    net.say('bon #ateliernova');
    net.instances[0]!.switches.malformedItems = true;
    harness = connectorHarness(mastodonConnector, { instances: [net.instances[0]!.url], hashtags: ['ateliernova'] });
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await harness.posts()).toHaveLength(1);
  });
});
