// `npm run bench:stats -- --posts 1000000`: the statistics at any size on their own (issue 12): the stats tick over
// a store of that many customer posts (and a brand answer to every third) against one of 1,000, then what the
// rollups cost the writes (history and live shapes). Meant for a quiet machine: filling a million posts takes
// minutes. Results go to bench/results/stats-rollups.json, with the load average at the start and the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rollupWriteCost, statsTick } from './stats-rollups.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000000' },
    'cost-posts': { type: 'string', default: '12000' },
  },
});
const posts = Number(values.posts);
const costPosts = Number(values['cost-posts']);
if (!Number.isInteger(posts) || posts < 1 || !Number.isInteger(costPosts) || costPosts < 1) {
  console.error('usage: npm run bench:stats -- [--posts 1000000] [--cost-posts 12000] (whole numbers ≥ 1)');
  process.exit(2);
}

const loadAtStart = loadavg();
console.log(`filling a store of ${posts} customer posts and their answers… (load average ${loadAtStart[0]})`);
const tick = await statsTick(posts);
console.log(
  `stats tick over ${tick.storedPosts} stored posts: median ${tick.tickMedianMs} ms, max ${tick.tickMaxMs} ms (target < 50; over ${tick.smallStorePosts}: ${tick.smallTickMedianMs} ms)`,
);
const costs = { history: await rollupWriteCost(costPosts, 'history'), live: await rollupWriteCost(costPosts, 'live') };
for (const [shape, cost] of Object.entries(costs))
  console.log(
    `rollups' cost on writes (${shape}): ${(cost.rollupCostCpu * 100).toFixed(1)} % CPU, ${(cost.rollupCost * 100).toFixed(1)} % elapsed (target < 10 %); migration 010's triggers: ${(cost.triggerCostCpu * 100).toFixed(1)} % CPU`,
  );
const loadAtEnd = loadavg();
console.log(`load average: ${loadAtStart[0]} at the start, ${loadAtEnd[0]} at the end, on ${cpus().length} cores`);

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'stats-rollups.json'),
  JSON.stringify(
    {
      when: new Date().toISOString(),
      machine: { cores: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadAtEnd },
      tick: { ...tick, target: 'median < 50 ms', pass: tick.tickMedianMs < 50 },
      writeCost: {
        ...costs,
        target: 'rollup cost < 10 %',
        pass: costs.history.rollupCostCpu < 0.1 && costs.live.rollupCostCpu < 0.1,
      },
    },
    null,
    2,
  ) + '\n',
);
console.log('results written to bench/results/stats-rollups.json');
