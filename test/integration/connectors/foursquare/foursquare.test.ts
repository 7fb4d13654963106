import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../../src/connectors/connector.ts';
import { foursquareConnector } from '../../../../src/connectors/foursquare/foursquare-connector.ts';
import {
  FoursquareDataset,
  startFoursquareEmulator,
  type FoursquareEmulator,
} from '../../../emulators/foursquare/foursquare-emulator.ts';
import { at, harness, minutes, type Harness } from '../reviews/connector-test-kit.ts';

describe('Foursquare tips', () => {
  let emu: FoursquareEmulator;
  let h: Harness;
  const tipCalls = () => emu.requests.filter((r) => r.path.endsWith('/tips'));
  const options = () => ({ baseUrl: emu.url, placeIds: [emu.data.firstPlace], serviceKey: emu.data.serviceKey });

  beforeEach(async () => {
    const data = new FoursquareDataset();
    for (let i = 0; i < 70; i++)
      data.add(at(-minutes(700 - i * 10)), `Super garage ${i + 1}`, data.firstPlace, i === 69);
    emu = await startFoursquareEmulator(data);
    h = harness(foursquareConnector, options());
  });
  afterEach(async () => {
    await h.close();
    await emu.close();
  });

  it('first sync reads the newest page with the service key and API version; tips have a neutral author and no rating', async () => {
    await h.runner.pollOnce();
    const call = tipCalls()[0];
    expect(call?.headers['authorization']).toBe(`Bearer ${emu.data.serviceKey}`);
    expect(call?.headers['x-places-api-version']).toBe('2025-06-17');
    expect(call?.query).toMatchObject({
      limit: '50',
      sort: 'NEWEST',
      fields: 'fsq_tip_id,created_at,text,lang,url,agree_count,disagree_count,photo',
    });
    expect(tipCalls()).toHaveLength(1);
    expect(await h.posts()).toHaveLength(50);
    const newest = (await h.posts())[0];
    expect(newest).toMatchObject({
      network: 'foursquare',
      kind: 'tip',
      text: 'Super garage 70',
      author: { id: 'foursquare-visitor', name: 'Visiteur Foursquare', isBrand: false },
      lang: 'fr',
    });
    expect(newest?.rating).toBeUndefined();
    expect(newest?.media[0]?.url).toMatch(/^https:\/\/fastly\.4sqi\.net\/img\/general\/original\//);
    expect(h.runner.currentHealth.budget).toMatchObject({ placeRating: 8.4, placeTips: 70 });
  });

  it('keeps tips in memory only: nothing of a tip reaches the SQLite file, not even in the cursor', async () => {
    emu.data.add(at(0), 'NEVER-ON-DISK tip');
    await h.runner.pollOnce();
    expect((await h.posts()).some((p) => p.text === 'NEVER-ON-DISK tip')).toBe(true);
    expect((await h.store.writer.loadSourceState('src'))?.cursor).toBeUndefined();
    await h.store.close();
    const bytes = readFileSync(h.dbPath);
    expect(bytes.includes('NEVER-ON-DISK')).toBe(false);
    expect(bytes.includes('5f1a')).toBe(false);
  });

  it('pages with the Link header down to the high-water mark, without duplicates, and reads the rating hourly', async () => {
    await h.runner.pollOnce();
    for (let i = 0; i < 60; i++) emu.data.add(at(minutes(1 + i / 10)), `nouveau ${i}`);
    h.clock.advance(minutes(5));
    await h.runner.pollOnce();
    expect(
      tipCalls()
        .slice(1)
        .map((r) => r.query['cursor'] ?? ''),
    ).toEqual(['', '50']);
    expect(await h.posts()).toHaveLength(110);
    expect(new Set((await h.posts()).map((p) => p.key)).size).toBe(110);
    expect(emu.requests.filter((r) => /^\/places\/[^/]+$/.test(r.path))).toHaveLength(1);
    h.clock.advance(minutes(61));
    await h.runner.pollOnce();
    expect(emu.requests.filter((r) => /^\/places\/[^/]+$/.test(r.path))).toHaveLength(2);
  });

  it('an edited tip keeps its key with the latest text; a deleted one leaves the wall', async () => {
    await h.runner.pollOnce();
    const tips = emu.data.places.get(emu.data.firstPlace)?.tips ?? [];
    const edited = tips[65];
    const removed = tips[60];
    if (!edited || !removed) throw new Error('dataset');
    edited.text = 'Texte corrigé';
    emu.data.remove(removed.fsq_tip_id);
    await h.runner.pollOnce();
    expect((await h.post(`foursquare:${edited.fsq_tip_id}`))?.text).toBe('Texte corrigé');
    expect(await h.post(`foursquare:${removed.fsq_tip_id}`)).toBeUndefined();
    // The page now reaches one tip further back.
    expect(await h.posts()).toHaveLength(50);
  });

  it('skips and counts a malformed tip', async () => {
    emu.switches.malformedItems = true;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 1 });
    expect(await h.posts()).toHaveLength(50);
  });

  it('slows down when the rate-limit headers run low', async () => {
    emu.data.remaining = 600;
    const delay = await h.runner.pollOnce();
    // ~598 left, 98 usable beyond the 500-call reserve, over an hour: ≥ 36 s between calls, under the 5-minute interval.
    expect(h.runner.currentHealth.budget).toMatchObject({ rateLimitRemaining: 598, rateLimitLimit: 5000 });
    expect(delay).toBeGreaterThanOrEqual(270_000);
    emu.data.remaining = 505;
    expect(await h.runner.pollOnce()).toBeGreaterThanOrEqual(3_000_000);
  });

  it('a 429 is a rate-limit error with Retry-After, honoured by the runner', async () => {
    emu.switches.rateLimited = true;
    const driver = foursquareConnector.create(foursquareConnector.optionsSchema.parse(options()), {
      sourceId: 's',
      now: () => Date.now(),
      assetBaseUrl: '',
    });
    const error = await driver
      .poll({ cursor: undefined, signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe('rate-limit');
    expect((error as ConnectorError).retryAfterMs).toBeGreaterThanOrEqual(89_000);
    expect(await h.runner.pollOnce()).toBeGreaterThanOrEqual(89_000);
  });

  it('backs off on 5xx and recovers', async () => {
    emu.switches.serverErrors = 3;
    const delays = [await h.runner.pollOnce(), await h.runner.pollOnce(), await h.runner.pollOnce()];
    expect(h.runner.currentHealth.state).toBe('failing');
    expect(delays[2]).toBeGreaterThan(delays[0] ?? 0);
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
    expect(await h.posts()).toHaveLength(50);
  });

  it('a refused service key: "token expired — renew it in Settings", retried in minutes (no storm), the key never shown', async () => {
    emu.switches.expiredToken = true;
    let elapsed = 0;
    let cycles = 0;
    while (elapsed < minutes(180)) {
      elapsed += await h.runner.pollOnce();
      cycles++;
    }
    expect(h.runner.currentHealth.lastError).toBe(
      'Foursquare: token expired — renew it in Settings (the service key was refused)',
    );
    // 5, 5, 5, 8, then every 15 minutes: at most 16 calls in 3 hours, where a healthy source makes 36.
    expect(cycles).toBeLessThanOrEqual(16);
    expect(emu.requests).toHaveLength(cycles);
  });
});
