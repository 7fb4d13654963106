// A part of the reliability suite that is an ordinary test file (a day of network loss per connector, a month
// of posts at speed): run by vitest in its own process, bounded by its own time limit, with FAULT_FIGURES
// naming the file its test writes its figures to (test/support/fault-figures.ts). The test's assertions are
// the scenario's verdict: a failing bound fails the fault run too.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function suiteTest(
  dir: string,
  testFile: string,
  limitMs: number,
): Promise<Record<string, string | number | boolean>> {
  const figuresFile = join(dir, `figures-${testFile.replace(/\W+/g, '-')}.json`);
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawn(process.execPath, [vitest, 'run', testFile, '--reporter', 'dot'], {
    cwd: ROOT,
    env: { ...process.env, FAULT_FIGURES: figuresFile },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);
  const figures = existsSync(figuresFile)
    ? (JSON.parse(readFileSync(figuresFile, 'utf8')) as Record<string, string | number | boolean>)
    : {};
  return {
    ...figures,
    verdict:
      code === 0 ? 'every bound held' : code === null ? `stopped at its ${limitMs / 60_000} min limit` : 'FAILED',
  };
}
