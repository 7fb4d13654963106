// The engine's headline figures as docs/benchmarks.md states them, read back from its table, so that a run
// says which of its figures is worse than the documented one (and a stale page shows up).
import { readFileSync } from 'node:fs';

export interface Headline {
  name: string;
  /** The documented figure, when the docs' table row has it in bold. */
  documented: number | undefined;
  measured: number;
  /** Whether a higher figure is better (a ratio) or worse (a latency, a stall). */
  higherIsBetter: boolean;
}

/** A figure is called worse past this margin: runs on one machine move by about this much. */
const MARGIN = 0.1;

const DOCS = new URL('../docs/benchmarks.md', import.meta.url);

/** The first bold number of the table row that starts with `row`. */
function documented(text: string, row: string, bold: RegExp): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`| ${row}`));
  const match = line ? bold.exec(line) : null;
  return match?.[1] === undefined ? undefined : Number(match[1].replace(/,/g, ''));
}

export function documentedFigures(): {
  ratio: number | undefined;
  p95Ms: number | undefined;
  stallMs: number | undefined;
} {
  const text = readFileSync(DOCS, 'utf8');
  return {
    ratio: documented(text, 'ingest throughput', /\*\*ratio ([\d.]+)\*\*/),
    p95Ms: documented(text, 'ingest → SSE', /\*\*p95 ([\d.]+) ms\*\*/),
    stallMs: documented(text, 'longest event-loop stall', /\*\*([\d.,]+) ms\*\*/),
  };
}

/** "worse than the docs (x vs y)" when it is, by more than the margin; undefined otherwise. */
export function worseThanDocs(h: Headline): string | undefined {
  if (h.documented === undefined) return `not in docs/benchmarks.md`;
  const worse = h.higherIsBetter ? h.measured < h.documented * (1 - MARGIN) : h.measured > h.documented * (1 + MARGIN);
  return worse ? `WORSE than docs/benchmarks.md (${h.measured} vs ${h.documented})` : undefined;
}
