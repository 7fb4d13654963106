// `npm run bench`: the engine's figures, each against a baseline measured in the same run. Results go
// to bench/results/latest.json; docs/benchmarks.md summarises them and says how they were obtained.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { eventLoopStall } from './event-loop-stall.ts';
import { ingestThroughput } from './ingest-throughput.ts';
import { streamLatency } from './stream-latency.ts';
import { connectorCallsPerHour } from './connector-calls/run.ts';

const throughput = await ingestThroughput();
console.log(
  `ingest throughput: pipeline ${throughput.pipelinePostsPerSecond}/s vs raw insert ${throughput.rawInsertPostsPerSecond}/s → ratio ${throughput.ratio} (target ≥ 0.5)`,
);
const latency = await streamLatency();
console.log(
  `ingest → SSE latency at ${latency.postsPerSecond}/s: p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms (target < 20), max ${latency.maxMs} ms`,
);
const stall = await eventLoopStall();
console.log(
  `event-loop stall over ${stall.posts} posts: max ${stall.ingestMaxStallMs} ms (target < 50; idle baseline ${stall.idleMaxStallMs} ms), ${stall.ingestSeconds} s`,
);

const connectorCalls = await connectorCallsPerHour();
console.log('API calls per hour at default settings (each against its emulator for a simulated hour):');
for (const [network, figures] of Object.entries(connectorCalls)) {
  for (const row of Array.isArray(figures) ? figures : [figures]) {
    const r = row as {
      network?: string;
      callsPerHour?: number;
      limitPerHour?: number | string;
      rows?: { endpoint: string; callsPerHour: number; limitPerHour: number }[];
    };
    // X publishes a limit per endpoint, not one per app: each endpoint's share is written out.
    const limit =
      r.limitPerHour ??
      r.rows?.map((e) => `${e.endpoint} ${e.callsPerHour}/${e.limitPerHour}`).join(', ') ??
      'not published';
    console.log(`  ${r.network ?? network}: ${r.callsPerHour} calls/h (limit ${limit})`);
  }
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  },
  ingestThroughput: { ...throughput, target: 'ratio >= 0.5', pass: throughput.ratio >= 0.5 },
  streamLatency: { ...latency, target: 'p95 < 20 ms', pass: latency.p95Ms < 20 },
  eventLoopStall: { ...stall, target: 'max < 50 ms', pass: stall.ingestMaxStallMs < 50 },
  connectorCallsPerHour: connectorCalls,
};
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`results written to bench/results/latest.json`);
