// Runs a harnessed source as its timers would, on its test clock: poll, move the clock by the delay the
// runner asks for, poll again — for `ms` of clock time. Returns when each poll started (clock ms).
import type { ConnectorHarness, TestClock } from '../../../support/connector-harness.ts';

export async function runFor(h: ConnectorHarness & { clock: TestClock }, ms: number): Promise<number[]> {
  const end = h.clock.now() + ms;
  const started: number[] = [];
  while (h.clock.now() < end) {
    started.push(h.clock.now());
    h.clock.advance(await h.runner.pollOnce());
  }
  return started;
}
