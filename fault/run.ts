// `npm run fault`: the reliability suite. Runs the wall as a real process on loopback, bounded in count and
// time (a few minutes), and writes what it measured into docs/reliability.md between the FIGURES markers.
// Not part of `npm test`: the ordinary suite keeps one regression test per finding (see docs/reliability.md).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { damagedFiles } from './scenarios/damaged-files.ts';
import { fullDisk } from './scenarios/full-disk.ts';
import { hostileClients } from './scenarios/hostile-clients.ts';
import { kill9 } from './scenarios/kill-9.ts';
import { readOnlyFolder } from './scenarios/read-only-folder.ts';

const KILLS = Number(process.env['FAULT_KILLS'] ?? 10);
const docs = fileURLToPath(new URL('../docs/reliability.md', import.meta.url));

/** A seeded generator: the same kill moments on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const dir = mkdtempSync(join(tmpdir(), 'fault-'));
const started = Date.now();
const sections: [string, unknown][] = [];
try {
  for (const [name, run] of [
    ['kill -9 under a webhook feed', () => kill9(dir, KILLS, seeded(14))],
    ['full disk', () => fullDisk(dir)],
    ['read-only data folder at start', () => readOnlyFolder(dir)],
    ['damaged and foreign files at start', () => damagedFiles(dir)],
    ['slow and abusive clients', () => hostileClients(dir)],
  ] as const) {
    const t0 = Date.now();
    const figures = await run();
    console.log(`${name} (${Math.round((Date.now() - t0) / 1000)} s):`, figures);
    sections.push([name, figures]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const lines = [
  `Run of ${new Date().toISOString().slice(0, 10)}: ${Math.round((Date.now() - started) / 1000)} s, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min).`,
  '',
  ...sections.flatMap(([name, figures]) => [
    `**${name}**`,
    '',
    '| figure | value |',
    '|---|---|',
    ...Object.entries(figures as Record<string, unknown>).map(
      ([k, v]) => `| ${k} | ${String(v).replace(/\|/g, '/')} |`,
    ),
    '',
  ]),
];
const text = readFileSync(docs, 'utf8');
const updated = text.replace(
  /<!-- FIGURES:START -->[\s\S]*<!-- FIGURES:END -->/,
  `<!-- FIGURES:START -->\n${lines.join('\n')}\n<!-- FIGURES:END -->`,
);
writeFileSync(docs, updated);
console.log(`figures written to ${docs}`);
