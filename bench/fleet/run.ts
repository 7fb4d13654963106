// `npm run bench:fleet`: one hub (a real `serve --hub` process on a throwaway PostgreSQL cluster, its connectors
// reading every network's emulator) and N simulated store PCs on loopback (follower-swarm.ts: the real follower
// protocol with real store tokens from pairing, several hundred per process). For N = 0, then 100, then 1,000
// followers, the bench posts reviews through the hub's webhook and measures:
//   - fan-out: from the moment a review is sent to the hub (so its ingest and PostgreSQL write included) to its
//     arrival at every follower (per post: the last follower's arrival; per delivery: each follower's);
//   - the hub's memory (RSS) and CPU time per follower;
//   - the API calls the hub makes to the networks' emulators per hour, which must not depend on N.
// Results: bench/results/fleet-latest.json; docs/benchmarks.md summarises them. Flags (all optional):
//   --followers 100,1000   --posts 30   --every-ms 4000 (a two-minute window per step: every source polled at least once)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { followerSwarms } from './follower-swarms.ts';
import { processUsage, startHubUnderTest, type HubUnderTest } from './hub-under-test.ts';
import { pairStores } from './pair-stores.ts';

const { values } = parseArgs({
  options: {
    followers: { type: 'string', default: '100,1000' },
    posts: { type: 'string', default: '30' },
    'every-ms': { type: 'string', default: '4000' },
  },
});
const steps = [0, ...(values.followers ?? '').split(',').map(Number)];
const postsPerStep = Number(values.posts);
const everyMs = Number(values['every-ms']);
/** After the last post, how long the bench waits for every follower to have it. */
const GRACE_MS = 30_000;

const clock = (): number => performance.timeOrigin + performance.now();
const round = (n: number, digits = 1): number => +n.toFixed(digits);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);
}

interface StepResult {
  followers: number;
  attachSeconds: number;
  posts: number;
  /** Per post: until the last follower had it. */
  fanOutMs: { p50: number; p95: number; max: number } | null;
  /** Per (post, follower) delivery. */
  deliveryMs: { p50: number; p95: number; p99: number } | null;
  /** Deliveries expected (posts × followers) that did not come within the grace. */
  missing: number;
  hubRssMiB: number;
  hubCpuPercent: number;
  /** Messages of every kind (posts, statistics, health…) the followers received in the window. */
  messagesToFollowers: number;
  messagesByType: Record<string, number>;
  /** The hub's CPU time per thousand messages delivered: what a fan-out costs, however busy the machine. */
  hubCpuMsPerThousandMessages: number | null;
  /** The simulated followers' own CPU, all processes together (percent of one core). */
  followersCpuPercent: number;
  windowSeconds: number;
  apiCalls: Record<string, number>;
  apiCallsPerHour: number;
}

const loadAtStart = loadavg();
const workDir = mkdtempSync(join(tmpdir(), 'social-wall-bench-fleet-swarm-'));
console.log(`bench:fleet: starting PostgreSQL, the emulators and the hub (load ${loadAtStart[0]?.toFixed(1)})`);
const hub = await startHubUnderTest();
const swarms = followerSwarms(hub.origin, workDir);
const results: StepResult[] = [];
let postNumber = 0;
try {
  // Let the connectors' first reads (a burst at start) pass before the first window.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  for (const followers of steps) results.push(await step(hub, followers));
} finally {
  await swarms.stop();
  await hub.close();
  rmSync(workDir, { recursive: true, force: true });
}

function swarmCpuMs(): number {
  return swarms.pids().reduce((sum, pid) => sum + processUsage(pid).cpuMs, 0);
}

async function step(hub: HubUnderTest, followers: number): Promise<StepResult> {
  const attachStart = clock();
  const more = followers - swarms.count;
  if (more > 0) {
    const tokens = await pairStores(hub.origin, hub.adminToken, swarms.count, more);
    await swarms.add(tokens, 20 * 60_000);
  }
  const attachSeconds = round((clock() - attachStart) / 1000);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const usageBefore = processUsage(hub.pid);
  const swarmCpuBefore = swarmCpuMs();
  const messagesBefore = swarms.messages();
  const byTypeBefore = swarms.messagesByType();
  const callsBefore = hub.apiCalls();
  const windowStart = clock();

  const sentAt = new Map<number, number>();
  const sending: Promise<void>[] = [];
  for (let i = 0; i < postsPerStep; i++) {
    const due = windowStart + i * everyMs;
    if (due > clock()) await new Promise((resolve) => setTimeout(resolve, due - clock()));
    const n = ++postNumber;
    sentAt.set(n, clock());
    // Sent on schedule, not after the previous answer: a slow hub shows in the figures, not in fewer posts.
    sending.push(hub.review(n));
  }
  await Promise.all(sending);
  const complete = (): boolean => [...sentAt.keys()].every((n) => (swarms.arrivals.get(n)?.length ?? 0) >= followers);
  const deadline = clock() + GRACE_MS;
  while (followers > 0 && !complete() && clock() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  // The window lasts as long as the posts' schedule, whatever the wait: the same for every N.
  const windowEnd = windowStart + postsPerStep * everyMs;
  if (windowEnd > clock()) await new Promise((resolve) => setTimeout(resolve, windowEnd - clock()));
  const windowMs = clock() - windowStart;
  const usageAfter = processUsage(hub.pid);
  const swarmCpu = swarmCpuMs() - swarmCpuBefore;
  const messages = swarms.messages() - messagesBefore;
  const messagesByType = Object.fromEntries(
    Object.entries(swarms.messagesByType()).map(([type, n]) => [type, n - (byTypeBefore[type] ?? 0)]),
  );
  const callsAfter = hub.apiCalls();

  const perPost: number[] = [];
  const perDelivery: number[] = [];
  let missing = 0;
  for (const [n, t0] of sentAt) {
    const arrived = (swarms.arrivals.get(n) ?? []).map((t) => t - t0);
    missing += Math.max(0, followers - arrived.length);
    perDelivery.push(...arrived);
    if (followers > 0 && arrived.length >= followers) perPost.push(Math.max(...arrived));
  }
  const apiCalls = Object.fromEntries(
    Object.entries(callsAfter).map(([network, calls]) => [network, calls - (callsBefore[network] ?? 0)]),
  );
  const total = Object.values(apiCalls).reduce((sum, n) => sum + n, 0);
  const result: StepResult = {
    followers,
    attachSeconds,
    posts: postsPerStep,
    fanOutMs: perPost.length
      ? { p50: percentile(perPost, 50), p95: percentile(perPost, 95), max: percentile(perPost, 100) }
      : null,
    deliveryMs: perDelivery.length
      ? { p50: percentile(perDelivery, 50), p95: percentile(perDelivery, 95), p99: percentile(perDelivery, 99) }
      : null,
    missing,
    hubRssMiB: round(usageAfter.rssBytes / 2 ** 20),
    hubCpuPercent: round(((usageAfter.cpuMs - usageBefore.cpuMs) / windowMs) * 100),
    messagesToFollowers: messages,
    messagesByType,
    hubCpuMsPerThousandMessages:
      messages > 0 ? round(((usageAfter.cpuMs - usageBefore.cpuMs) / messages) * 1000) : null,
    followersCpuPercent: round((swarmCpu / windowMs) * 100),
    windowSeconds: round(windowMs / 1000),
    apiCalls,
    apiCallsPerHour: Math.round((total / windowMs) * 3_600_000),
  };
  console.log(
    `N = ${followers}: attached in ${attachSeconds} s; fan-out p50 ${result.fanOutMs?.p50 ?? '–'} ms, p95 ${result.fanOutMs?.p95 ?? '–'} ms, max ${result.fanOutMs?.max ?? '–'} ms (per delivery p95 ${result.deliveryMs?.p95 ?? '–'} ms); missing ${missing}; hub RSS ${result.hubRssMiB} MiB, CPU ${result.hubCpuPercent} % (${result.hubCpuMsPerThousandMessages ?? '–'} ms per 1,000 of the ${messages} messages; followers' CPU ${result.followersCpuPercent} %); API calls ${total} in ${result.windowSeconds} s (${result.apiCallsPerHour}/h)`,
  );
  return result;
}

const base = results[0];
const perFollower = results
  .filter((r) => r.followers > 0 && base)
  .map((r) => ({
    followers: r.followers,
    hubKiBPerFollower: round(((r.hubRssMiB - (base?.hubRssMiB ?? 0)) * 1024) / r.followers),
  }));
const loadAtEnd = loadavg();
const output = {
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
    loadAverageAtEnd: loadAtEnd.map((l) => round(l, 2)),
  },
  method: {
    hub: 'one `serve --hub` process on a throwaway PostgreSQL cluster; its connectors read every network emulator (behind counting proxies)',
    followers:
      'simulated store PCs, up to 500 per process (bench/fleet/follower-swarm.ts): each paired with its own one-time code and holding its own store token, reading /api/panels and /api/stats, then /api/events with the follower’s own HubClient and readHubEvents (Last-Event-ID, version header); they keep nothing locally',
    fanOut: `a review posted to the hub's webhook every ${everyMs} ms (${postsPerStep} per step); from its sending to its arrival at the last follower (per post) or at each (per delivery)`,
    target: 'fan-out p95 < 1000 ms at 1,000 followers; API calls per hour the same for every N',
  },
  steps: results,
  hubMemoryPerFollower: perFollower,
};
mkdirSync(join(import.meta.dirname, '..', 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, '..', 'results', 'fleet-latest.json'), JSON.stringify(output, null, 2) + '\n');
for (const r of perFollower) console.log(`hub memory per follower at N = ${r.followers}: ${r.hubKiBPerFollower} KiB`);
console.log(
  `load average at the start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at the end ${loadAtEnd.map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores; written to bench/results/fleet-latest.json`,
);
