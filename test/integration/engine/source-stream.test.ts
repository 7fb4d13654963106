import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConnectorError,
  type InboundRequest,
  type InboundResult,
  type PollResult,
  type SourceDriver,
  type StreamBatch,
} from '../../../src/connectors/connector.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner } from '../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';

const item = (id: string) => ({
  type: 'upsert' as const,
  item: {
    key: `x:${id}`,
    network: 'x',
    kind: 'post',
    author: { id: 'a', name: 'A', isBrand: false },
    text: id,
    createdAt: new Date().toISOString(),
  },
});

/** A connector whose live stream sends a batch, then drops; the second connection sends another batch and stays open. */
class StreamingDriver implements SourceDriver {
  connections = 0;
  async poll(): Promise<PollResult> {
    return { events: [] };
  }
  async *stream({ signal }: { signal: AbortSignal }): AsyncIterable<StreamBatch> {
    this.connections++;
    if (this.connections === 1) {
      yield { events: [item('s1')] };
      throw new ConnectorError('network', 'keep-alive stopped');
    }
    yield { events: [item('s2')], budget: { rules: 1 } };
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  receive(request: InboundRequest): InboundResult {
    if (request.headers['authorization'] !== 'Bearer site-secret')
      return { ok: false, status: 401, error: 'wrong token' };
    return { ok: true, events: (request.body as string[]).map(item) };
  }
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(driver: SourceDriver) {
  const dir = mkdtempSync(join(tmpdir(), 'stream-'));
  dirs.push(dir);
  const store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
  const pipeline = new IngestPipeline({ writer: store.writer, feed: new ChangeFeed(), logger: memoryLogger() });
  const runner = new SourceRunner({
    sourceId: 'src',
    type: 'streaming',
    networks: ['x'],
    driver,
    intervalMs: 60_000,
    cachePolicy: { mode: 'persist' },
    ingest: (events, stamp) => pipeline.submit(events, stamp),
    loadState: () => store.writer.loadSourceState('src'),
    saveState: (s) => store.writer.saveSourceState(s),
    onHealth: () => {},
    logger: memoryLogger(),
    backoff: { baseMs: 10, capMs: 40, authBaseMs: 100, authCapMs: 100 },
  });
  return { store, runner };
}

describe('SourceRunner live stream and inbound posts', () => {
  it('ingests what the stream sends and reconnects after a drop', async () => {
    const driver = new StreamingDriver();
    const { store, runner } = setup(driver);
    await runner.start();
    await expect.poll(async () => (await store.reader.getPost('x:s2'))?.text, { timeout: 3_000 }).toBe('s2');
    expect((await store.reader.getPost('x:s1'))?.text).toBe('s1');
    expect(driver.connections).toBe(2);
    expect(runner.currentHealth.budget).toMatchObject({ stream: 'connected', rules: 1 });
    await runner.stop();
    await store.close();
  });

  it('ingests pushed posts the connector accepts, and refuses the others with its status', async () => {
    const { store, runner } = setup(new StreamingDriver());
    expect(await runner.receive({ headers: { authorization: 'Bearer nope' }, body: ['p1'] })).toEqual({
      status: 401,
      error: 'wrong token',
    });
    expect(
      await runner.receive({ headers: { authorization: 'Bearer site-secret' }, body: ['p1', 'p2'] }),
    ).toMatchObject({ status: 202, accepted: 2 });
    expect((await store.reader.getPost('x:p2'))?.text).toBe('p2');
    await runner.stop();
    await store.close();
  });
});
