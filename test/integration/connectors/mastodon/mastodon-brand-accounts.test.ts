// The brand's Mastodon accounts against the emulated fediverse (issue 16, findings 4 and 7): an account an
// instance does not know is that account's error — the hashtags and the other accounts go on, and it is
// asked again ten minutes later; user@domain is read on the instance serving that domain whatever its
// address; a customer's reply to the brand is threaded under the brand's status.
import { afterEach, describe, expect, it } from 'vitest';
import { mastodonConnector } from '../../../../src/connectors/mastodon/mastodon-connector.ts';
import { connectorHarness, testClock, type ConnectorHarness } from '../../../support/connector-harness.ts';
import { fediverse, mastodonDriver, pollOnce, upserts, type Fediverse } from './mastodon-kit.ts';

let net: Fediverse | undefined;
let harness: ConnectorHarness | undefined;
afterEach(async () => {
  await harness?.close();
  await net?.close();
  harness = undefined;
  net = undefined;
});

const keyOf = (uri: string) => `mastodon:${uri.replace('https://', '')}`;

describe('Mastodon brand accounts', () => {
  it('an unknown account fails only itself: the hashtag posts and the other account are stored, the health names it', async () => {
    net = await fediverse();
    const customer = net.say('Super accueil #ateliernova');
    const answer = net.world.post({ account: net.brand, content: '<p>Merci !</p>', inReplyTo: customer.uri });
    const clock = testClock(Date.now());
    harness = connectorHarness(
      mastodonConnector,
      {
        instances: [net.instances[0]!.url],
        hashtags: ['ateliernova'],
        brandAccounts: ['ateliernova@mastodon.social', 'atelier-nova@mastodon.social'],
      },
      { timers: clock },
    );
    await harness.runner.pollOnce();
    expect(harness.runner.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(await harness.post(keyOf(customer.uri))).toBeDefined();
    expect(await harness.post(keyOf(answer.uri))).toMatchObject({
      author: { isBrand: true },
      parentKey: keyOf(customer.uri),
    });
    const host = new URL(net.instances[0]!.url).host;
    expect(harness.runner.currentHealth.notes).toEqual([
      {
        code: 'mastodon.account-unknown',
        params: { instance: host, account: 'atelier-nova@mastodon.social' },
        text: `Mastodon ${host} does not know the brand account atelier-nova@mastodon.social: check it in Settings`,
      },
    ]);
    const lookups = () =>
      net!.instances[0]!.requests.filter(
        (r) => r.path === '/api/v1/accounts/lookup' && r.query['acct'] === 'atelier-nova@mastodon.social',
      );
    clock.advance(5 * 60_000);
    await harness.runner.pollOnce();
    expect(lookups()).toHaveLength(1);
    // The account now exists (IT created it, or fixed a typo on the network's side): found at the next try.
    net.world.account('atelier-nova', 'mastodon.social');
    clock.advance(6 * 60_000);
    await harness.runner.pollOnce();
    expect(lookups()).toHaveLength(2);
    expect(harness.runner.currentHealth.notes).toEqual([]);
  });

  it('user@domain is looked up on the instance serving that domain, though it answers at another address', async () => {
    net = await fediverse([{ domain: 'piaille.fr' }, { domain: 'mastodon.social' }]);
    net.say('Bonjour #ateliernova');
    const result = await pollOnce(mastodonDriver({ instances: net.instances.map((i) => i.url) }));
    expect(upserts(result)).toHaveLength(1);
    const [piaille, social] = net.instances;
    const lookup = (i: typeof piaille) => i!.requests.filter((r) => r.path === '/api/v1/accounts/lookup');
    expect(lookup(social).map((r) => r.query['acct'])).toEqual(['ateliernova@mastodon.social']);
    expect(lookup(piaille)).toHaveLength(0);
    expect(result.notes).toEqual([]);
  });

  it("a customer's reply to the brand is threaded under the brand's status, even one not seen yet", async () => {
    net = await fediverse();
    const news = net.say('Ouvert le samedi dès cette semaine', net.brand, { tags: [] });
    const reply = net.say('Super nouvelle ! #ateliernova', net.jane, { inReplyTo: news.uri });
    const posts = upserts(await pollOnce(mastodonDriver({ instances: [net.instances[0]!.url] })));
    expect(posts.find((p) => p.key === keyOf(reply.uri))).toMatchObject({
      kind: 'reply',
      parentKey: keyOf(news.uri),
      author: { isBrand: false },
    });
  });
});
