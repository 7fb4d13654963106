import { afterEach, describe, expect, it } from 'vitest';
import type { StreamBatch } from '../../../../src/connectors/connector.ts';
import { mapStatus } from '../../../../src/connectors/mastodon/map-status.ts';
import { MastodonStatusSchema } from '../../../../src/connectors/mastodon/mastodon-status.ts';
import { fediverse, mastodonDriver, pollOnce, type Fediverse } from './mastodon-kit.ts';

let net: Fediverse | undefined;
afterEach(async () => {
  await net?.close();
  net = undefined;
});

/** Reads batches from a stream until `until` holds, with a deadline. */
async function collect(
  stream: AsyncIterable<StreamBatch>,
  until: (events: StreamBatch['events']) => boolean,
  ms = 3_000,
): Promise<StreamBatch['events']> {
  const events: StreamBatch['events'] = [];
  const deadline = setTimeout(() => {}, ms);
  try {
    for await (const batch of stream) {
      events.push(...batch.events);
      if (until(events)) break;
    }
  } finally {
    clearTimeout(deadline);
  }
  return events;
}

describe('Mastodon live stream', () => {
  it('streams updates, edits and deletes as they happen', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['tok'], heartbeatMs: 50 }]);
    const inst = net.instances[0]!;
    const driver = mastodonDriver({ instances: [{ url: inst.url, token: 'tok' }] });
    expect(typeof driver.stream).toBe('function');
    const abort = new AbortController();
    const stream = driver.stream!({ cursor: undefined, signal: abort.signal });
    const events = collect(stream, (ev) => ev.some((e) => e.type === 'delete'));
    await expect.poll(() => inst.openStreams()).toBe(1);
    const s = net.say('en direct #ateliernova');
    net.world.edit(s.uri, '<p>en direct, corrigé #ateliernova</p>');
    net.world.delete(s.uri);
    const got = await events;
    const key = `mastodon:${s.uri.replace('https://', '')}`;
    expect(got.map((e) => e.type)).toEqual(['upsert', 'upsert', 'delete']);
    expect(got[1]).toMatchObject({ item: { key, text: 'en direct, corrigé #ateliernova' } });
    expect(got[2]).toEqual({ type: 'delete', key });
    abort.abort();
    expect(inst.requests.find((r) => r.path === '/api/v1/streaming/hashtag')?.headers['authorization']).toBe(
      'Bearer tok',
    );
  });

  it('throws when the stream goes quiet (no heartbeat) so that the runtime reconnects', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['tok'], heartbeatMs: 0 }]);
    const driver = mastodonDriver({
      instances: [{ url: net.instances[0]!.url, token: 'tok' }],
      streamIdleSeconds: 0.3,
    });
    const started = Date.now();
    const run = collect(driver.stream!({ cursor: undefined, signal: new AbortController().signal }), () => false);
    await expect(run).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('went quiet') });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('heartbeats keep a quiet stream alive', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['tok'], heartbeatMs: 50 }]);
    const driver = mastodonDriver({
      instances: [{ url: net.instances[0]!.url, token: 'tok' }],
      streamIdleSeconds: 0.3,
    });
    const abort = new AbortController();
    const run = collect(driver.stream!({ cursor: undefined, signal: abort.signal }), () => false);
    let failed = false;
    run.catch(() => (failed = true));
    await new Promise((r) => setTimeout(r, 700));
    expect(failed).toBe(false);
    abort.abort();
    await run.catch(() => undefined);
  });

  it('a refused token on the stream is an auth error; no token means no stream', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['tok'] }]);
    const driver = mastodonDriver({ instances: [{ url: net.instances[0]!.url, token: 'old' }] });
    await expect(
      collect(driver.stream!({ cursor: undefined, signal: new AbortController().signal }), () => false),
    ).rejects.toMatchObject({ kind: 'auth' });
    expect(typeof mastodonDriver({ instances: [net.instances[0]!.url] }).stream).toBe('undefined');
  });

  it('a streamed delete of a status only seen by polling (before a restart) still finds its key', async () => {
    net = await fediverse([{ domain: 'mastodon.social', tokens: ['tok'], heartbeatMs: 50 }]);
    const inst = net.instances[0]!;
    const s = net.say('vu au poll #ateliernova');
    const { cursor } = await pollOnce(mastodonDriver({ instances: [{ url: inst.url, token: 'tok' }] }));
    const restarted = mastodonDriver({ instances: [{ url: inst.url, token: 'tok' }] });
    await pollOnce(restarted, cursor);
    const abort = new AbortController();
    const events = collect(restarted.stream!({ cursor, signal: abort.signal }), (ev) => ev.length > 0);
    await expect.poll(() => inst.openStreams()).toBe(1);
    net.world.delete(s.uri);
    expect(await events).toEqual([{ type: 'delete', key: `mastodon:${s.uri.replace('https://', '')}` }]);
    abort.abort();
  });
});

describe('Mastodon status mapper', () => {
  const base = {
    id: '1',
    uri: 'https://mastodon.social/users/jane/statuses/1',
    created_at: '2026-03-01T10:00:00.000Z',
    content: '<p>Hello</p>',
    account: {
      id: '9',
      username: 'jane',
      acct: 'jane',
      display_name: '',
      url: 'https://mastodon.social/@jane',
      avatar: 'javascript:alert(1)',
    },
  };

  it('a boost maps to the original status, keyed by its uri', () => {
    const boost = MastodonStatusSchema.parse({
      ...base,
      id: '2',
      uri: 'https://fosstodon.org/users/bob/statuses/2/activity',
      account: { ...base.account, id: '5', username: 'bob', url: 'https://fosstodon.org/@bob' },
      reblog: base,
    });
    const post = mapStatus(boost, { brandAccounts: new Set(), nowIso: '2026-03-01T11:00:00.000Z' });
    expect(post).toMatchObject({
      key: 'mastodon:mastodon.social/users/jane/statuses/1',
      author: { id: 'jane@mastodon.social', name: 'jane' },
      text: 'Hello',
    });
    expect(post.author.avatarUrl).toBeUndefined();
  });

  it('an odd or very long uri becomes a key-safe hash', () => {
    const post = mapStatus(MastodonStatusSchema.parse({ ...base, uri: `https://x.y/${'a'.repeat(500)}` }), {
      brandAccounts: new Set(),
      nowIso: base.created_at,
    });
    expect(post.key).toMatch(/^mastodon:sha256-[0-9a-f]{40}$/);
  });

  it('recognises the brand by user@home-instance wherever the status was fetched', () => {
    const remote = MastodonStatusSchema.parse({
      ...base,
      account: { ...base.account, username: 'AtelierNova', acct: 'AtelierNova@mastodon.social' },
    });
    expect(
      mapStatus(remote, { brandAccounts: new Set(['ateliernova@mastodon.social']), nowIso: base.created_at }).author
        .isBrand,
    ).toBe(true);
  });
});
