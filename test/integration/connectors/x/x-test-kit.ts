// What the X connector's tests share: an emulator seeded with the brand and a few customers, the real
// connector pointed at it, a fake clock, and that driver on the wall's runtime (test/support/connector-harness.ts).
import type { PollResult, SourceDriver, SourceEvent } from '../../../../src/connectors/connector.ts';
import { xConnector } from '../../../../src/connectors/x/x-connector.ts';
import type { XOptionsInput } from '../../../../src/connectors/x/x-options.ts';
import type { BackoffPolicy } from '../../../../src/main/engine/backoff.ts';
import type { Timers } from '../../../../src/main/engine/source-runner.ts';
import { XDataset } from '../../../emulators/x/x-dataset.ts';
import {
  startXEmulator,
  X_EMULATOR_TOKEN,
  type RunningXEmulator,
  type XEmulatorOptions,
} from '../../../emulators/x/x-emulator.ts';
import { driverHarness, type ConnectorHarness } from '../../../support/connector-harness.ts';

export const BRAND = { id: '2244994945', username: 'ateliernova', name: 'Atelier Nova' };
export const JANE = {
  id: '1000000000000000001',
  username: 'jane',
  name: 'Jane',
  profile_image_url: 'https://pbs.twimg.com/profile_images/1/jane_normal.jpg',
};
export const OMAR = { id: '1000000000000000002', username: 'omar', name: 'Omar' };

/** A controllable clock whose timers run when the test says. */
export class FakeClock implements Timers {
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private seq = 0;
  constructor(public t: number) {}
  now = (): number => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = ++this.seq;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((x) => x.id !== handle);
  };
  get pending(): number {
    return this.timers.length;
  }
  /** Runs, in order, the timers due within `ms`, each time waiting for the poll it starts to reschedule. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
      const deadline = Date.now() + 5_000;
      while (this.timers.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    }
    this.t = end;
  }
}

export function seededDataset(now: () => number): XDataset {
  const d = new XDataset(now);
  d.addUser(BRAND);
  d.addUser(JANE);
  d.addUser(OMAR);
  return d;
}

export async function startSeededEmulator(
  clock: { now: () => number },
  extra: XEmulatorOptions = {},
): Promise<RunningXEmulator> {
  return startXEmulator({ dataset: seededDataset(clock.now), now: clock.now, ...extra });
}

export function xOptions(emulator: RunningXEmulator, overrides: Partial<XOptionsInput> = {}) {
  return xConnector.optionsSchema.parse({
    baseUrl: emulator.url,
    bearerToken: X_EMULATOR_TOKEN,
    brandUserId: BRAND.id,
    brandHandle: '@ateliernova',
    brandTerms: ['atelier nova'],
    hashtags: ['#AtelierNova'],
    ...overrides,
  });
}

export function xDriver(
  emulator: RunningXEmulator,
  clock: { now: () => number },
  overrides: Partial<XOptionsInput> = {},
): SourceDriver {
  return xConnector.create(xOptions(emulator, overrides), { sourceId: 'x', now: clock.now, assetBaseUrl: '/bundled' });
}

export function upserts(result: PollResult): { key: string; text: string; [k: string]: unknown }[] {
  return result.events.flatMap((e: SourceEvent) =>
    e.type === 'upsert' ? [e.item as { key: string; text: string }] : [],
  );
}

export function poll(driver: SourceDriver, cursor?: string): Promise<PollResult> {
  return driver.poll({ cursor, signal: new AbortController().signal });
}

/** The X connector's driver on the wall's runtime, as source `x` (the id `xDriver` gives it). */
export type RunnerRig = ConnectorHarness;

export function runnerRig(driver: SourceDriver, timers: Timers, extra: { backoff?: BackoffPolicy } = {}): RunnerRig {
  return driverHarness(xConnector, driver, { sourceId: 'x', timers, ...extra });
}
