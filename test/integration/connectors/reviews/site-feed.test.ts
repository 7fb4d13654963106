import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteReviewsConnector } from '../../../../src/connectors/reviews/site/site-reviews-connector.ts';
import {
  SiteDataset,
  startSiteFeedEmulator,
  type SiteFeedEmulator,
} from '../../../emulators/reviews/site-feed-emulator.ts';
import { at, harness, minutes, type Harness } from './connector-test-kit.ts';

describe.each(['json', 'rss', 'atom'] as const)('site reviews feed (%s)', (format) => {
  let emu: SiteFeedEmulator;
  let h: Harness;
  const feedCalls = () => emu.requests.filter((r) => r.path === `/reviews.${format}`);
  const keyOf = (id: string) => (format === 'atom' ? `site:urn:review:${id}` : `site:${id}`);

  beforeEach(async () => {
    const data = new SiteDataset();
    for (let i = 0; i < 5; i++) data.add(at(-minutes(50 - i)), (i % 5) + 1, `Très bon chantier & équipe n°${i + 1}`);
    emu = await startSiteFeedEmulator(data);
    h = harness(siteReviewsConnector, { feedUrl: `${emu.url}/reviews.${format}`, format });
  });
  afterEach(async () => {
    await h.close();
    await emu.close();
  });

  it('reads the feed into reviews with their rating, then asks with If-None-Match and parses nothing on 304', async () => {
    await h.runner.pollOnce();
    expect(await h.posts()).toHaveLength(5);
    const post = await h.post(keyOf('rev-2'));
    expect(post).toMatchObject({
      network: 'site',
      kind: 'review',
      rating: 2,
      author: { name: 'Client 2', isBrand: false },
    });
    expect(post?.text).toContain('Très bon chantier & équipe n°2');
    expect(post?.text).not.toContain('<p>');
    await h.runner.pollOnce();
    expect(feedCalls()[1]?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(h.runner.currentHealth.budget).toMatchObject({ feed: 'not modified' });
    // A new review changes the ETag: read again, deduped on guid/id.
    emu.data.add(at(0), 4, 'Nouveau');
    await h.runner.pollOnce();
    expect(await h.posts()).toHaveLength(6);
    expect(feedCalls()).toHaveLength(3);
  });

  it('skips and counts a malformed entry', async () => {
    emu.switches.malformedItems = true;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await h.posts()).toHaveLength(5);
  });

  it('shows an edit under the same key', async () => {
    await h.runner.pollOnce();
    const review = emu.data.reviews[0];
    if (!review) throw new Error('dataset');
    review.text = 'Corrigé';
    await h.runner.pollOnce();
    expect((await h.post(keyOf(review.id)))?.text).toContain('Corrigé');
    expect(await h.posts()).toHaveLength(5);
  });

  it('backs off when the site fails, and recovers', async () => {
    emu.switches.serverErrors = 1;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('degraded');
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
  });
});

describe('site reviews feed: broken XML', () => {
  it('is an invalid-response failure, not a crash', async () => {
    const emu = await startSiteFeedEmulator();
    const h = harness(siteReviewsConnector, { feedUrl: `${emu.url}/reviews.json`, format: 'rss' });
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.lastError).toMatch(/feed cannot be read/);
    await h.close();
    await emu.close();
  });
});
