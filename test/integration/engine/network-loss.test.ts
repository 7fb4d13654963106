// A day without network, per connector (issue 14): each real connector, against its network's emulator behind
// a proxy that cuts the network, run by the real SourceRunner on a test clock through a whole simulated day
// of failures. Nothing posted meanwhile is lost, the connector never calls more often than a healthy one,
// and it is back within one poll interval of the network's return. The emulators' datasets move on fake
// intervals (vi), so posts are made "during the loss" without waiting. Part of `npm run fault` too, which
// writes what each connector did into docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { pollDelayMs } from '../../../src/main/engine/backoff.ts';
import type { SourceConfig } from '../../../src/shared/config.ts';
import { driverHarness, testClock, type ConnectorHarness } from '../../support/connector-harness.ts';
import { behindCutProxies, type CutProxy } from '../../support/cut-proxy.ts';
import { reportFigures } from '../../support/fault-figures.ts';
import { EMULATED_NETWORKS } from '../../emulators/emulated-wall.ts';
import type { RunningEmulator } from '../../emulators/kit/emulator.ts';

const DAY = 24 * 3_600_000;
/**
 * The sources poll every 15 minutes here (a setting IT may choose): the runner's schedule is the same function
 * of any interval (backoff.test.ts walks 1,440 failures at one minute), and a day is then 96 failing polls
 * per connector instead of thousands.
 */
const INTERVAL_MS = 15 * 60_000;
/** How far the emulators' datasets move while the network is cut: a few new posts on every network. */
const DATASET_MS_DURING_LOSS = 100_000;

let started: { emulator: RunningEmulator; sources: SourceConfig[] }[] = [];

beforeAll(async () => {
  // Only the datasets' intervals are fake; sockets and the connectors' timeouts keep real time.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  started = await Promise.all(EMULATED_NETWORKS.map((n) => n.start()));
});

afterAll(async () => {
  await Promise.all(started.map((s) => s.emulator.close()));
  vi.useRealTimers();
});

const sourceTypes = [
  'x',
  'mastodon',
  'bluesky',
  'facebook',
  'instagram',
  'foursquare',
  'google-reviews',
  'trustpilot',
  'site-reviews',
  'rss',
];

function harnessFor(source: SourceConfig, options: unknown, clock = testClock(Date.now())): ConnectorHarness {
  const definition = { ...connectorRegistry.get(source.type)!, defaultPollSeconds: INTERVAL_MS / 1000 };
  const driver = definition.create(definition.optionsSchema.parse(options), {
    sourceId: source.id,
    // The emulators date their posts by the wall clock: the connector reads them by it too.
    now: () => Date.now(),
    assetBaseUrl: '/bundled',
  });
  return driverHarness(definition, driver, { timers: clock, sourceId: source.id });
}

const keys = async (h: ConnectorHarness) => new Set((await h.posts()).map((p) => p.key));

describe('a day of network loss', () => {
  it.each(sourceTypes)('%s: nothing lost, no more calls than healthy, back within one poll interval', async (type) => {
    const source = started.flatMap((s) => s.sources).find((s) => s.type === type);
    expect(source, `an emulated ${type} source`).toBeDefined();
    if (!source) return;
    const intervalMs = INTERVAL_MS;
    const { options, proxies } = await behindCutProxies(source.options);
    const clock = testClock(Date.now());
    const wall = harnessFor(source, options, clock);
    const requests = () => proxies.reduce((n, p: CutProxy) => n + p.requests, 0);
    const refused = () => proxies.reduce((n, p: CutProxy) => n + p.refused, 0);
    try {
      // Healthy: a few polls, their calls counted.
      for (let i = 0; i < 3; i++) {
        clock.advance(await wall.runner.pollOnce());
        expect(wall.runner.currentHealth.state).toBe('ok');
      }
      const callsPerHealthyPoll = requests() / 3;
      const before = await keys(wall);

      // The network goes; the networks go on without us.
      proxies.forEach((p) => p.cut(true));
      vi.advanceTimersByTime(DATASET_MS_DURING_LOSS);
      const delays: number[] = [];
      let attempts = 0;
      for (let lost = 0; lost < DAY; attempts++) {
        const delay = await wall.runner.pollOnce();
        delays.push(delay);
        clock.advance(delay);
        lost += delay;
      }
      expect(wall.runner.currentHealth).toMatchObject({ state: 'failing', lastErrorKind: 'network' });
      // No more often than a healthy poll, nor more calls each than a healthy poll makes.
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(pollDelayMs(intervalMs, undefined, () => 0));
      expect(refused() / attempts).toBeLessThanOrEqual(Math.max(1, callsPerHealthyPoll));
      // The wait after the last failure is the longest the return can go unnoticed: one interval at most.
      expect(Math.max(...delays)).toBeLessThanOrEqual(intervalMs);

      // The network is back: the next poll succeeds and brings what was posted meanwhile.
      proxies.forEach((p) => p.cut(false));
      await wall.runner.pollOnce();
      expect(wall.runner.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
      const after = await keys(wall);
      // What a connector that never lost the network finds now, the one that did has too (through the same
      // addresses: a feed's links carry the host it was read from).
      const control = harnessFor(source, options);
      try {
        await control.runner.pollOnce();
        const missing = [...(await keys(control))].filter((k) => !after.has(k));
        const minutes = (ms: number) => Math.round(ms / 60_000);
        reportFigures({
          [type]: `${attempts} failed polls in 24 h, every ${minutes(Math.min(...delays))}–${minutes(Math.max(...delays))} min (healthy: ${minutes(intervalMs)}), ${(refused() / attempts).toFixed(1)} calls each (healthy: ${callsPerHealthyPoll.toFixed(1)}); back at the first poll, ${after.size - before.size} posts made meanwhile, ${missing.length} missing`,
        });
        expect(missing).toEqual([]);
        // And the posts made during the loss are there.
        expect(after.size).toBeGreaterThan(before.size);
      } finally {
        await control.close();
      }
    } finally {
      await wall.close();
      await Promise.all(proxies.map((p) => p.close()));
    }
  });
});
