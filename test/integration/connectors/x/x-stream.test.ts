// The filtered stream: the brand rule is created when missing, posts arrive as lines arrive and are
// paid for, a silent connection is detected and the runtime reconnects.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type StreamBatch } from '../../../../src/connectors/connector.ts';
import { realTimers } from '../../../../src/main/engine/source-runner.ts';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import { JANE, OMAR, runnerRig, startSeededEmulator, xDriver, type RunnerRig } from './x-test-kit.ts';

const clock = { now: () => Date.now() };
const streamOptions = { streamEnabled: true, streamKeepAliveTimeoutMs: 200 };

describe('X connector: filtered stream', () => {
  let emulator: RunningXEmulator;
  let rig: RunnerRig | undefined;
  beforeEach(async () => {
    emulator = await startSeededEmulator(clock, { keepAliveMs: 40 });
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    await emulator.close();
  });

  it('is offered only when enabled', () => {
    expect(typeof xDriver(emulator, clock).stream).toBe('undefined');
    expect(typeof xDriver(emulator, clock, streamOptions).stream).toBe('function');
  });

  it('creates the brand rule, yields posts as they come, counts them, and throws when keep-alives stop', async () => {
    emulator.rules.push(
      { id: '1', value: "another tool's rule", tag: 'other' },
      { id: '2', value: '(old) -is:retweet', tag: 'social-wall' },
    );
    const driver = xDriver(emulator, clock, streamOptions);
    const controller = new AbortController();
    const iterator = driver.stream!({ cursor: undefined, signal: controller.signal })[Symbol.asyncIterator]();
    // The first batch says the connection is open.
    expect(((await iterator.next()).value as StreamBatch).events).toEqual([]);
    const first = iterator.next();
    await expect.poll(() => emulator.stream.open).toBe(1);
    expect(emulator.rules).toEqual([
      { id: '1', value: "another tool's rule", tag: 'other' },
      {
        id: expect.any(String),
        value: '("atelier nova" OR #AtelierNova OR @ateliernova) -is:retweet',
        tag: 'social-wall',
      },
    ]);
    // Keep-alives alone yield nothing.
    await new Promise((r) => setTimeout(r, 120));
    emulator.dataset.post({ authorId: OMAR.id, text: 'hors sujet' });
    const post = emulator.dataset.post({ authorId: JANE.id, text: 'en direct de chez #AtelierNova' });
    const batch = (await first).value as StreamBatch;
    expect(batch.events).toEqual([
      {
        type: 'upsert',
        item: expect.objectContaining({ key: `x:${post.id}`, text: 'en direct de chez #AtelierNova' }),
      },
    ]);
    expect(batch.budget).toMatchObject({ postsReadThisMonth: 1 });

    emulator.stream.stalled = true;
    const started = Date.now();
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'network', message: 'X stream keep-alive stopped' });
    expect(Date.now() - started).toBeLessThan(1_000);
    controller.abort();
  });

  it('the runtime reconnects after the keep-alive stops, and keeps receiving', async () => {
    rig = runnerRig(xDriver(emulator, clock, streamOptions), realTimers, {
      backoff: { baseMs: 20, capMs: 50, authBaseMs: 1_000, authCapMs: 1_000 },
    });
    await rig.runner.start();
    await expect.poll(() => rig?.runner.currentHealth.budget?.['stream'], { timeout: 3_000 }).toBe('connected');
    const a = emulator.dataset.post({ authorId: JANE.id, text: 'un #AtelierNova' });
    await expect
      .poll(async () => (await rig?.store.reader.getPost(`x:${a.id}`))?.text, { timeout: 3_000 })
      .toBe('un #AtelierNova');
    emulator.stream.stalled = true;
    await expect.poll(() => rig?.runner.currentHealth.budget?.['stream'], { timeout: 3_000 }).toBe('reconnecting');
    // Said in the health as a code the settings page words, the connector's English kept for the logs.
    expect(rig.runner.currentHealth.notes).toEqual([
      {
        code: 'stream.reconnecting',
        params: { kind: 'network' },
        text: 'live stream reconnecting: X stream keep-alive stopped',
      },
    ]);
    emulator.stream.stalled = false;
    await expect.poll(() => emulator.stream.connections, { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => emulator.stream.open, { timeout: 3_000 }).toBe(1);
    const b = emulator.dataset.post({ authorId: JANE.id, text: 'deux #AtelierNova' });
    await expect
      .poll(async () => (await rig?.store.reader.getPost(`x:${b.id}`))?.text, { timeout: 3_000 })
      .toBe('deux #AtelierNova');
    expect(rig.runner.currentHealth.budget).toMatchObject({ stream: 'connected' });
    expect(rig.runner.currentHealth.notes).toEqual([]);
  });

  it('stops streaming at the budget', async () => {
    const driver = xDriver(emulator, clock, { ...streamOptions, monthlyBudgetUsd: 0.005 });
    const controller = new AbortController();
    const iterator = driver.stream!({ cursor: undefined, signal: controller.signal })[Symbol.asyncIterator]();
    await iterator.next();
    const first = iterator.next();
    emulator.dataset.post({ authorId: JANE.id, text: 'un #AtelierNova' });
    expect(((await first).value as StreamBatch).events).toHaveLength(1);
    await expect(iterator.next()).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringContaining('monthly X budget reached ($0.01)'),
    });
    controller.abort();
  });
});
