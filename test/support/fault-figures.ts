// The figures an ordinary test measures, handed to `npm run fault` when it runs that test as one of its parts
// (fault/scenarios/suite-test.ts sets FAULT_FIGURES to a file): the same run asserts the bounds and reports
// what it saw into docs/reliability.md. Outside the fault suite this does nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export type Figures = Record<string, string | number | boolean>;

/** Adds `figures` to the run's file (tests of one file run one after the other: a read-modify-write is safe). */
export function reportFigures(figures: Figures): void {
  const file = process.env['FAULT_FIGURES'];
  if (!file) return;
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Figures) : {};
  writeFileSync(file, JSON.stringify({ ...before, ...figures }));
}
