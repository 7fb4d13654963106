// One connector runner among a hub's processes: the advisory lock is held by one lease at a time, and another
// takes over once the holder's connection is gone (its process died), at its next try.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorLease } from '../../../src/main/fleet/connector-lease.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { createPgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

let cluster: PostgresCluster | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

function lease(name: string, events: string[]): ConnectorLease {
  if (!cluster) throw new Error('the PostgreSQL test cluster did not start');
  const l = new ConnectorLease({
    connectionString: cluster.url,
    logger: memoryLogger(),
    onAcquired: () => events.push(`${name} runs`),
    onLost: () => events.push(`${name} lost`),
  });
  onTestFinished(() => l.stop());
  return l;
}

describe('connector lease', () => {
  it('one holder at a time; a stopped holder hands over at the next try', async () => {
    const events: string[] = [];
    const a = lease('a', events);
    const b = lease('b', events);
    expect(await a.tryNow()).toBe(true);
    expect(await b.tryNow()).toBe(false);
    expect(await b.tryNow()).toBe(false);
    await a.stop();
    expect(await b.tryNow()).toBe(true);
    expect(events).toEqual(['a runs', 'b runs']);
  });

  it('a holder whose connection dies (its process killed) loses the lease, and another takes over', async () => {
    const events: string[] = [];
    const a = lease('a', events);
    const b = lease('b', events);
    expect(await a.tryNow()).toBe(true);
    const admin = createPgPool(cluster?.url ?? '', 1);
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'social-wall lease' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)`,
    );
    await admin.end();
    await expect.poll(() => a.held).toBe(false);
    expect(await b.tryNow()).toBe(true);
    expect(events).toEqual(['a runs', 'a lost', 'b runs']);
  });
});
