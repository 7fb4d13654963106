// The wall serves dist/renderer: testing an old or missing build would test the wrong page.
// `npm run test:ui` builds first; this catches `npx playwright test` run straight after an edit.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUILT = join(ROOT, 'dist', 'renderer', 'index.html');
const SOURCES = [join(ROOT, 'src', 'renderer'), join(ROOT, 'src', 'shared'), join(ROOT, 'vite.config.ts')];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export default function checkRendererBuild(): void {
  if (!existsSync(BUILT))
    throw new Error('dist/renderer is not built: run `npm run build` (or `npm run test:ui`, which builds first)');
  const built = statSync(BUILT).mtimeMs;
  const newest = Math.max(...SOURCES.map(newestMtime));
  if (newest > built)
    throw new Error('dist/renderer is older than src/renderer or src/shared: run `npm run build` again');
}
