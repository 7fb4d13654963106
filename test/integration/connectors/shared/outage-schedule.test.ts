// A failing source never calls more often than a healthy one (issue 16, finding 3): the connectors against
// their emulators answering 5xx, on the wall's runner, with the clock moved by the delays the runner asks for.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorDefinition } from '../../../../src/connectors/connector.ts';
import { foursquareConnector } from '../../../../src/connectors/foursquare/foursquare-connector.ts';
import { googleReviewsConnector } from '../../../../src/connectors/reviews/google/google-reviews-connector.ts';
import { trustpilotConnector } from '../../../../src/connectors/reviews/trustpilot/trustpilot-connector.ts';
import { FoursquareDataset, startFoursquareEmulator } from '../../../emulators/foursquare/foursquare-emulator.ts';
import type { RunningEmulator } from '../../../emulators/kit/emulator.ts';
import { GoogleDataset, startGoogleEmulator } from '../../../emulators/reviews/google-emulator.ts';
import { TrustpilotDataset, startTrustpilotEmulator } from '../../../emulators/reviews/trustpilot-emulator.ts';
import { connectorHarness, testClock } from '../../../support/connector-harness.ts';
import { T0, type Harness } from '../reviews/connector-test-kit.ts';
import { runFor } from './run-for.ts';

const MINUTE = 60_000;
const ALWAYS = 1_000_000;

interface Case {
  name: string;
  definition: ConnectorDefinition<never>;
  /** Starts the network's emulator, its rate-limit windows dated by the test's clock. */
  start(now: () => number): Promise<{ emulator: RunningEmulator; options: Record<string, unknown> }>;
}

const cases: Case[] = [
  {
    name: 'Foursquare (billed per call, every 300 s)',
    definition: foursquareConnector as ConnectorDefinition<never>,
    async start(now) {
      const emulator = await startFoursquareEmulator(Object.assign(new FoursquareDataset(), { now }));
      const { data } = emulator;
      return { emulator, options: { baseUrl: emulator.url, placeIds: [data.firstPlace], serviceKey: data.serviceKey } };
    },
  },
  {
    name: 'Trustpilot (every 120 s)',
    definition: trustpilotConnector as ConnectorDefinition<never>,
    async start(now) {
      const emulator = await startTrustpilotEmulator(Object.assign(new TrustpilotDataset(), { now }));
      const { data } = emulator;
      return { emulator, options: { baseUrl: emulator.url, apiKey: data.apiKey, businessName: data.name } };
    },
  },
  {
    name: 'Google reviews (every 120 s)',
    definition: googleReviewsConnector as ConnectorDefinition<never>,
    async start() {
      const emulator = await startGoogleEmulator(new GoogleDataset());
      const { data } = emulator;
      const options = {
        baseUrl: emulator.url,
        tokenUrl: `${emulator.url}/token`,
        accountId: data.accountId,
        locationId: data.locationId,
        accessToken: 'emulator-google-token',
      };
      return { emulator, options };
    },
  },
];

const opened: { emulator: RunningEmulator; h: Harness }[] = [];
afterEach(async () => {
  for (const { emulator, h } of opened.splice(0)) {
    await h.close();
    await emulator.close();
  }
});

async function bed(c: Case) {
  const clock = testClock(T0);
  const { emulator, options } = await c.start(clock.now);
  const h = { ...connectorHarness(c.definition, options, { timers: clock }), clock };
  opened.push({ emulator, h });
  return { emulator, h };
}

describe('a failing source never calls more often than a healthy one', () => {
  for (const c of cases) {
    it(`${c.name}: an hour of 5xx costs no more calls than a healthy hour`, async () => {
      const healthy = await bed(c);
      await runFor(healthy.h, 60 * MINUTE);
      const healthyCalls = healthy.emulator.requests.length;

      const failing = await bed(c);
      failing.emulator.switches.serverErrors = ALWAYS;
      const polls = await runFor(failing.h, 60 * MINUTE);
      expect(failing.h.runner.currentHealth.state).toBe('failing');
      expect(failing.emulator.requests.length).toBeLessThanOrEqual(healthyCalls);
      // No retry comes sooner than the healthy schedule's shortest gap (the interval − 10 % jitter).
      const interval = c.definition.defaultPollSeconds * 1000;
      for (let i = 1; i < polls.length; i++) expect(polls[i]! - polls[i - 1]!).toBeGreaterThanOrEqual(0.9 * interval);
    });
  }

  it('Foursquare: 150 s of 5xx cost one call, as a healthy 300 s poll does (the case the independent server saw)', async () => {
    const { emulator, h } = await bed(cases[0]!);
    emulator.switches.serverErrors = ALWAYS;
    await runFor(h, 150_000);
    expect(emulator.requests).toHaveLength(1);
  });

  it('only a Retry-After brings a retry forward: a 503 saying "5 s" is retried after 5 s, then doubling', async () => {
    const { emulator, h } = await bed(cases[0]!);
    emulator.switches.serverErrors = ALWAYS;
    emulator.switches.retryAfterSeconds = 5;
    const polls = await runFor(h, 60_000);
    const gaps = polls.slice(1).map((t, i) => (t - polls[i]!) / 1000);
    expect(gaps.slice(0, 4)).toEqual([5, 5, 8, 16]);
  });
});
