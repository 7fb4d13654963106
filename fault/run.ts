// `npm run fault`: the reliability suite. Runs the wall as a real process on loopback, and a day of network
// loss per connector and a month of posts on test clocks (ordinary test files, run here for their figures),
// bounded in count and time (about ten minutes in all), and writes what it measured into
// docs/reliability.md between the FIGURES markers, a section per part with its own date and load average.
// `FAULT_ONLY=network-loss,month npm run fault` runs only those parts and leaves the others' figures as they
// were. Not part of `npm test`: the ordinary suite keeps one regression test per finding.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { damagedFiles } from './scenarios/damaged-files.ts';
import { fullDisk } from './scenarios/full-disk.ts';
import { hostileClients } from './scenarios/hostile-clients.ts';
import { kill9 } from './scenarios/kill-9.ts';
import { readOnlyFolder } from './scenarios/read-only-folder.ts';
import { suiteTest } from './scenarios/suite-test.ts';
import { replaceSections, type Section } from './figures-section.ts';

const KILLS = Number(process.env['FAULT_KILLS'] ?? 10);
const docs = fileURLToPath(new URL('../docs/reliability.md', import.meta.url));

/** A seeded generator: the same kill moments on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const MINUTE = 60_000;
const PARTS = [
  ['kill-9', 'kill -9 under a webhook feed', (dir: string) => kill9(dir, KILLS, seeded(14))],
  ['full-disk', 'full disk', fullDisk],
  ['read-only', 'read-only data folder at start', readOnlyFolder],
  ['damaged-files', 'damaged and foreign files at start', damagedFiles],
  ['hostile-clients', 'slow and abusive clients', hostileClients],
  [
    'network-loss',
    'a day without network, per connector',
    (dir: string) => suiteTest(dir, 'test/integration/engine/network-loss.test.ts', 6 * MINUTE),
  ],
  [
    'month',
    'a simulated month',
    (dir: string) => suiteTest(dir, 'test/integration/engine/simulated-month.test.ts', 4 * MINUTE),
  ],
] as const;

const only = process.env['FAULT_ONLY']?.split(',').map((s) => s.trim());
const unknown = only?.filter((id) => !PARTS.some(([known]) => known === id)) ?? [];
if (unknown.length > 0) {
  console.error(`FAULT_ONLY: no part named ${unknown.join(', ')} (parts: ${PARTS.map(([id]) => id).join(', ')})`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'fault-'));
const sections: Section[] = [];
try {
  for (const [id, name, run] of PARTS) {
    if (only && !only.includes(id)) continue;
    const t0 = Date.now();
    const figures = (await run(dir)) as Record<string, unknown>;
    const seconds = Math.round((Date.now() - t0) / 1000);
    console.log(`${name} (${seconds} s):`, figures);
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
    sections.push({
      name,
      lines: [
        `Run of ${new Date().toISOString().slice(0, 10)}: ${seconds} s, load average ${load} (1 / 5 / 15 min).`,
        '',
        '| figure | value |',
        '|---|---|',
        ...Object.entries(figures).map(([k, v]) => `| ${k} | ${String(v).replace(/\|/g, '/')} |`),
      ],
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

writeFileSync(docs, replaceSections(readFileSync(docs, 'utf8'), sections));
console.log(`figures written to ${docs}`);
