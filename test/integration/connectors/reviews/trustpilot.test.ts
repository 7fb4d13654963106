import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../../src/connectors/connector.ts';
import { trustpilotConnector } from '../../../../src/connectors/reviews/trustpilot/trustpilot-connector.ts';
import {
  TrustpilotDataset,
  startTrustpilotEmulator,
  type TrustpilotEmulator,
} from '../../../emulators/reviews/trustpilot-emulator.ts';
import { at, harness, minutes, type Harness } from './connector-test-kit.ts';

describe('Trustpilot', () => {
  let emu: TrustpilotEmulator;
  let h: Harness;
  const reviewCalls = () => emu.requests.filter((r) => r.path.endsWith('/reviews'));
  const options = () => ({ baseUrl: emu.url, apiKey: emu.data.apiKey, businessName: emu.data.name });
  let ids: string[];

  beforeEach(async () => {
    const data = new TrustpilotDataset();
    ids = Array.from({ length: 130 }, (_, i) => data.add(at(-minutes(1000 - i * 5)), (i % 5) + 1).id);
    emu = await startTrustpilotEmulator(data);
    h = harness(trustpilotConnector, options());
  });
  afterEach(async () => {
    await h.close();
    await emu.close();
  });

  it('resolves the business once, pages on "next-page" links, maps stars and threads the company\'s reply', async () => {
    const id = ids[128] ?? '';
    emu.data.find(id).companyReply = {
      text: 'Merci beaucoup',
      createdAt: at(-minutes(5)).toISOString(),
      updatedAt: null,
    };
    await h.runner.pollOnce();
    await h.runner.pollOnce();
    expect(emu.requests.filter((r) => r.path === '/v1/business-units/find')).toHaveLength(1);
    expect(reviewCalls()[0]?.query).toMatchObject({ orderBy: 'createdat.desc', perPage: '100' });
    expect(reviewCalls()[0]?.headers['apikey']).toBe(emu.data.apiKey);
    expect(
      reviewCalls()
        .slice(0, 2)
        .map((r) => r.query['page'] ?? '1'),
    ).toEqual(['1', '2']);
    expect((await h.posts()).filter((p) => p.kind === 'review')).toHaveLength(130);
    expect(await h.post(`trustpilot:${id}`)).toMatchObject({
      rating: 4,
      text: 'Titre 129\n\navis 129',
      url: `https://www.trustpilot.com/reviews/${id}`,
      author: { isBrand: false, name: 'Consommateur 129' },
    });
    expect(await h.post(`trustpilot:${id}-reply`)).toMatchObject({
      kind: 'reply',
      parentKey: `trustpilot:${id}`,
      author: { isBrand: true },
      text: 'Merci beaucoup',
    });
  });

  it('incremental: one page, no duplicates, edits and deletes propagated', async () => {
    await h.runner.pollOnce();
    const calls = reviewCalls().length;
    const fresh = emu.data.add(at(minutes(1)), 2, 'Pas terrible');
    emu.data.add(at(minutes(1)), 5);
    const edited = emu.data.find(ids[120] ?? '');
    edited.text = 'Modifié';
    edited.updatedAt = at(minutes(2)).toISOString();
    emu.data.remove(ids[125] ?? '');
    await h.runner.pollOnce();
    expect(reviewCalls().length - calls).toBe(1);
    expect((await h.posts()).filter((p) => p.kind === 'review')).toHaveLength(131);
    expect((await h.post(`trustpilot:${fresh.id}`))?.rating).toBe(2);
    expect(await h.post(`trustpilot:${edited.id}`)).toMatchObject({
      text: `${edited.title}\n\nModifié`,
      editedAt: at(minutes(2)).toISOString(),
    });
    expect(await h.post(`trustpilot:${ids[125] ?? ''}`)).toBeUndefined();
    // Pushed to page 2 by the new reviews, not deleted.
    expect(await h.post(`trustpilot:${ids[30] ?? ''}`)).toBeDefined();
  });

  it('a review Trustpilot took down leaves the wall', async () => {
    await h.runner.pollOnce();
    emu.data.find(ids[129] ?? '').status = 'reported';
    await h.runner.pollOnce();
    expect(await h.post(`trustpilot:${ids[129] ?? ''}`)).toBeUndefined();
  });

  it('skips and counts a malformed review', async () => {
    emu.switches.malformedItems = true;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await h.posts()).toHaveLength(130);
  });

  it('slows down as the rate-limit headers run low, and reports the budget', async () => {
    emu.data.remaining = 90;
    const delay = await h.runner.pollOnce();
    // 87 left after three calls, 84 of them usable beyond the 10 % reserve, over a 300 s window.
    expect(delay).toBeGreaterThan(120_000);
    expect(h.runner.currentHealth.budget).toMatchObject({ rateLimitLimit: 833, rateLimitRemaining: 87 });
    emu.data.remaining = 60;
    expect(await h.runner.pollOnce()).toBeGreaterThanOrEqual(290_000);
  });

  it('a 429 is a rate-limit error carrying Retry-After', async () => {
    emu.switches.rateLimited = true;
    const driver = trustpilotConnector.create(trustpilotConnector.optionsSchema.parse(options()), {
      sourceId: 's',
      now: () => Date.now(),
      assetBaseUrl: '',
    });
    const error = await driver
      .poll({ cursor: undefined, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe('rate-limit');
    expect((error as ConnectorError).retryAfterMs).toBeGreaterThanOrEqual(119_000);
    expect(await h.runner.pollOnce()).toBeGreaterThanOrEqual(119_000);
  });

  it('backs off on 5xx and recovers', async () => {
    emu.switches.serverErrors = 1;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('degraded');
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
  });

  it('a refused API key shows "token expired — renew it in Settings", retried in minutes (no storm), never the key', async () => {
    emu.switches.expiredToken = true;
    let elapsed = 0;
    let cycles = 0;
    while (elapsed < minutes(180)) {
      const delay = await h.runner.pollOnce();
      cycles++;
      elapsed += delay;
    }
    expect(h.runner.currentHealth.lastError).toContain('token expired — renew it in Settings');
    expect(h.runner.currentHealth.lastError).not.toContain(emu.data.apiKey);
    // 2, 2, 4, 8, then every 15 minutes: at most 16 calls in 3 hours, where a healthy source makes 90.
    expect(cycles).toBeLessThanOrEqual(16);
    expect(emu.requests.length).toBe(cycles);
  });

  it('an unknown business name is a configuration error', async () => {
    await h.close();
    h = harness(trustpilotConnector, { ...options(), businessName: 'nobody.example' });
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.lastError).toContain('nobody.example');
  });
});
