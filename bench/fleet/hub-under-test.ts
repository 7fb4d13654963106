// The hub that bench:fleet measures: a throwaway PostgreSQL cluster (as the tests start one), every network's
// emulator behind a loopback proxy that counts the API calls made to it, and one real hub process
// (`serve --hub`) whose connectors read those emulators, plus a webhook source the bench posts its own reviews to.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATED_PANELS } from '../../src/main/cli/emulate-mode.ts';
import { startEmulatedNetworks } from '../../test/emulators/emulated-wall.ts';
import { behindCutProxies, type CutProxy } from '../../test/support/cut-proxy.ts';
import { startPostgresCluster } from '../../test/support/postgres-cluster.ts';
import { spawnServe } from '../../test/support/spawn-serve.ts';

const ADMIN_TOKEN = 'bench-fleet-admin-token-0123456789abcdef';
const WEBHOOK_TOKEN = 'bench-fleet-webhook-token-0123456789abcd';
export const BENCH_SOURCE = 'fleet-bench';

export interface HubUnderTest {
  origin: string;
  adminToken: string;
  pid: number;
  /** API calls the hub made to each network's emulator so far. */
  apiCalls(): Record<string, number>;
  /** Posts one review through the hub's webhook; resolves once the hub answered. */
  review(n: number): Promise<void>;
  close(): Promise<void>;
}

export async function startHubUnderTest(): Promise<HubUnderTest> {
  const cluster = await startPostgresCluster();
  const dir = await mkdtemp(join(tmpdir(), 'social-wall-bench-fleet-'));
  const emulated = await startEmulatedNetworks();
  const counted: { network: string; proxies: CutProxy[] }[] = [];
  const sources: unknown[] = [];
  for (const source of emulated.sources) {
    const { options, proxies } = await behindCutProxies(source);
    sources.push(options);
    counted.push({ network: source.type, proxies });
  }
  sources.push({ id: BENCH_SOURCE, type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } });
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ server: { adminToken: ADMIN_TOKEN }, sources, panels: EMULATED_PANELS }));
  const hub = await spawnServe(
    ['--hub', '--config', configFile, '--data-dir', join(dir, 'hub'), '--log-level', 'warn'],
    {
      SOCIAL_WALL_DATABASE_URL: cluster.url,
    },
  );
  const origin = hub.origin;
  return {
    origin,
    adminToken: ADMIN_TOKEN,
    pid: hub.child.pid ?? 0,
    apiCalls() {
      const calls: Record<string, number> = {};
      for (const { network, proxies } of counted)
        calls[network] = (calls[network] ?? 0) + proxies.reduce((sum, p) => sum + p.requests, 0);
      return calls;
    },
    async review(n) {
      const answer = await fetch(`${origin}/api/inbound/${BENCH_SOURCE}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `bench-${n}`,
          author: { name: `Client ${n}` },
          text: `Très bon accueil, merci (fleet-bench #${n}).`,
          rating: 5,
          createdAt: new Date().toISOString(),
        }),
      });
      if (answer.status !== 202) throw new Error(`the hub's webhook answered ${answer.status}: ${await answer.text()}`);
    },
    async close() {
      await hub.stop();
      await Promise.all(counted.flatMap((c) => c.proxies.map((p) => p.close())));
      await emulated.close();
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A process's resident memory (bytes) and CPU time used so far (ms), from /proc. */
export function processUsage(pid: number): { rssBytes: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, after the command's closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssBytes: rssKb * 1024, cpuMs: (ticks * 1000) / 100 };
}
