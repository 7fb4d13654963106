// Keeps the layers of docs/architecture.md true: shared imports nothing from Node, Electron or the
// other layers; the renderer nothing from main or the connectors; connectors nothing from main; Electron
// is imported only in its corner, which reaches the engine only through wall.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

function violations(layer: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(join(root, 'src', layer)).flatMap((file) =>
    imports(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

const reachesInto = (spec: string, file: string, layer: string) =>
  spec.startsWith('.') && join(file, '..', spec).startsWith(join(root, 'src', layer));

describe('layers', () => {
  it('src/shared imports nothing from Node, Electron, React or the other layers', () => {
    expect(
      violations(
        'shared',
        (spec, file) =>
          spec.startsWith('node:') ||
          spec === 'electron' ||
          spec.startsWith('react') ||
          ['main', 'renderer', 'connectors'].some((l) => reachesInto(spec, file, l)),
      ),
    ).toEqual([]);
  });

  it('src/renderer imports nothing from main, the connectors, Node or Electron', () => {
    expect(
      violations(
        'renderer',
        (spec, file) =>
          spec.startsWith('node:') ||
          spec === 'electron' ||
          reachesInto(spec, file, 'main') ||
          reachesInto(spec, file, 'connectors'),
      ),
    ).toEqual([]);
  });

  it('src/connectors know nothing of the engine, the store, the server or the screen', () => {
    expect(
      violations(
        'connectors',
        (spec, file) => spec === 'electron' || reachesInto(spec, file, 'main') || reachesInto(spec, file, 'renderer'),
      ),
    ).toEqual([]);
  });

  it('a store PC’s follower reaches no social network: neither the connectors nor the engine that runs them', () => {
    // Its only source is the hub (src/main/fleet/follower/start-follower.ts says why it is not a connector).
    const engineParts = ['engine.ts', 'ingest-pipeline.ts'].map((f) => join(root, 'src', 'main', 'engine', f));
    expect(
      violations(
        'main/fleet/follower',
        (spec, file) => reachesInto(spec, file, 'connectors') || engineParts.includes(join(file, '..', spec)),
      ),
    ).toEqual([]);
  });

  it("a network's folder imports only connectors/shared, connector.ts and the Meta helpers, never another network's", () => {
    const connectors = join(root, 'src', 'connectors');
    const allowed = [
      join(connectors, 'shared') + sep,
      join(connectors, 'meta') + sep,
      join(connectors, 'connector.ts'),
    ];
    const networks = readdirSync(connectors).filter(
      (name) => statSync(join(connectors, name)).isDirectory() && name !== 'shared',
    );
    expect(networks).toEqual(expect.arrayContaining(['facebook', 'instagram', 'meta', 'x', 'reviews', 'demo']));
    expect(
      networks.flatMap((network) =>
        violations(join('connectors', network), (spec, file) => {
          if (!spec.startsWith('.')) return false;
          const target = join(file, '..', spec);
          const own = join(connectors, network) + sep;
          if (target.startsWith(own) || !target.startsWith(connectors + sep)) return false;
          return !allowed.some((a) => target.startsWith(a) || target === a);
        }),
      ),
    ).toEqual([]);
  });

  it('src/shared uses no npm package but the schema library (zod)', () => {
    expect(violations('shared', (spec) => !spec.startsWith('.') && spec !== 'zod' && !spec.startsWith('zod/'))).toEqual(
      [],
    );
  });

  it('the panels (feed, statistics) import nothing from the shell that routes to them, nor from each other', () => {
    const panelFolders = ['renderer/feed', 'renderer/stats'];
    expect(
      panelFolders.flatMap((folder) =>
        violations(folder, (spec, file) =>
          ['renderer/shell', ...panelFolders.filter((f) => f !== folder)].some((other) =>
            reachesInto(spec, file, other),
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('the checker itself sees imports (it can fail)', () => {
    expect(imports(join(root, 'src/main/wall.ts'))).toContain('../connectors/registry.ts');
  });

  it('Electron is imported only under src/main/electron', () => {
    const corner = join(root, 'src', 'main', 'electron');
    const outside = ['shared', 'renderer', 'connectors', 'main'].flatMap((layer) =>
      violations(layer, (spec, file) => spec === 'electron' && !file.startsWith(corner)),
    );
    expect(outside).toEqual([]);
  });

  it('the Electron corner reaches the engine only through wall.ts (its logger and the shared types aside)', () => {
    const corner = join(root, 'src', 'main', 'electron');
    const allowed = [join(root, 'src', 'main', 'wall.ts'), join(root, 'src', 'main', 'logger.ts')];
    const allowedFolders = [
      join(root, 'src', 'main', 'logging'),
      join(root, 'src', 'main', 'files'),
      join(root, 'src', 'shared'),
    ];
    expect(
      violations('main/electron', (spec, file) => {
        if (!spec.startsWith('.')) return false;
        const target = join(file, '..', spec);
        if (target.startsWith(corner + sep)) return false;
        return !allowed.includes(target) && !allowedFolders.some((folder) => target.startsWith(folder + sep));
      }),
    ).toEqual([]);
  });
});
