// `npm run bench:ui`: the screens' figures in a real Chromium against the real wall — post-to-pixel
// latency, long tasks at 20 posts/s, and DOM and heap over 100,000 posts. Not a timed test: results go
// to bench/results/ui-latest.json, and docs/benchmarks.md ("Screens") says how they were obtained.
// `npm run bench:ui -- --profile`: where the page's time goes instead (profile.ts, unminified build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { hundredThousand } from './hundred-thousand.ts';
import { longTasks } from './long-tasks.ts';
import { postToPixel } from './post-to-pixel.ts';
import { pictureHits } from './picture-hits.ts';
import { profile } from './profile.ts';
import { openUiWall } from './ui-wall.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'bench', 'results');
const profiling = process.argv.includes('--profile');
// The renderer as shipped (the server serves dist/renderer); unminified to read a profile's function names.
if (!process.env['BENCH_RENDERER_DIR'])
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    ...(profiling ? { build: { minify: false } } : {}),
  });

const ui = await openUiWall();
try {
  if (profiling) {
    const result = await profile(ui);
    console.log(JSON.stringify(result, null, 2));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ui-profile.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.exit(0);
  }
  const latency = await postToPixel(ui);
  console.log(
    `post → pixel: p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms (target < 100), max ${latency.maxMs} ms over ${latency.posts} posts; baseline post → event in the page p95 ${latency.eventP95Ms} ms; the page's own part p95 ${latency.renderP95Ms} ms`,
  );
  const tasks = await longTasks(ui);
  console.log(
    `long tasks at ${tasks.postsPerSecond} posts/s for ${tasks.seconds} s: ${tasks.longTasks} (max ${tasks.maxTaskMs} ms; target: none over 50 ms); idle baseline ${tasks.idleLongTasks} in ${tasks.idleSeconds} s (max ${tasks.idleMaxTaskMs} ms)`,
  );
  const pictures = await pictureHits(ui);
  console.log(
    `picture cache hits: p50 ${pictures.hitP50Ms} ms, p95 ${pictures.hitP95Ms} ms over ${pictures.requests} requests of ${pictures.bytes} bytes; baseline static file p50 ${pictures.staticP50Ms} ms, p95 ${pictures.staticP95Ms} ms (ratio ${pictures.ratio})`,
  );
  const volume = await hundredThousand(ui);
  console.log(
    `100,000 posts in ${volume.seconds} s: heap ${volume.heapAfter10kMiB} → ${volume.heapAfterRunMiB} MiB (ratio ${volume.heapRatio}, target ≤ 1.10); DOM nodes ${volume.domNodesAfter10k} after 10k, max ${volume.domNodesMax}, end ${volume.domNodesEnd}`,
  );
  const results = {
    measuredAt: new Date().toISOString(),
    // Other work on the machine inflates every figure here: the load average is part of the result.
    loadAverage: loadavg().map((l) => +l.toFixed(2)),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      browser: ui.page.context().browser()?.version(),
    },
    postToPixel: { ...latency, target: 'p95 < 100 ms', pass: latency.p95Ms < 100 },
    longTasks: { ...tasks, target: 'no task over 50 ms', pass: tasks.longTasks === 0 },
    pictureHits: { ...pictures, target: 'p95 within 2× a static file', pass: pictures.ratio <= 2 },
    hundredThousand: {
      ...volume,
      target: 'heap ratio <= 1.10, DOM bounded',
      pass: volume.heapRatio <= 1.1 && volume.domNodesMax < 3 * Math.max(volume.domNodesAfter10k, 500),
    },
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ui-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('results written to bench/results/ui-latest.json');
} finally {
  await ui.close();
}
