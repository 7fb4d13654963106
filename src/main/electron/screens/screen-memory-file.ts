// Where the panel ↔ display mapping survives reboots: `<dataDir>/screens.json`. Written atomically (a temp
// file, then a rename) and the previous good version kept as `screens.prev.json`, so a power cut while
// writing never loses the mapping; an unreadable file falls back to the previous one, then to nothing.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../files/atomic-file.ts';
import { join } from 'node:path';
import { z } from 'zod';
import type { RememberedPlacement } from './match-displays.ts';

const FingerprintSchema = z.object({
  id: z.number(),
  label: z.string(),
  width: z.number(),
  height: z.number(),
  scaleFactor: z.number(),
  rank: z.number().int().min(0),
});

const ScreenMemorySchema = z.object({
  version: z.literal(1),
  placements: z.array(z.object({ panelId: z.string(), display: FingerprintSchema })),
});

export interface ScreenMemoryFile {
  read(): { placements: RememberedPlacement[]; problem?: string };
  write(placements: readonly RememberedPlacement[]): void;
}

function readOne(path: string): RememberedPlacement[] | string {
  if (!existsSync(path)) return `${path} does not exist`;
  try {
    const parsed = ScreenMemorySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success
      ? parsed.data.placements
      : `${path} is not a screen mapping (${parsed.error.issues[0]?.message ?? 'invalid'})`;
  } catch (err) {
    return `${path} could not be read: ${(err as Error).message}`;
  }
}

export function screenMemoryFile(dataDir: string): ScreenMemoryFile {
  const current = join(dataDir, 'screens.json');
  const previous = join(dataDir, 'screens.prev.json');
  return {
    read() {
      const first = readOne(current);
      if (typeof first !== 'string') return { placements: first };
      const second = readOne(previous);
      if (typeof second !== 'string') return { placements: second, problem: `${first}; using the previous mapping` };
      return existsSync(current)
        ? { placements: [], problem: `${first}; the screens are mapped afresh` }
        : { placements: [] };
    },
    write(placements) {
      const text = JSON.stringify({ version: 1, placements }, null, 2) + '\n';
      if (existsSync(current) && readFileSync(current, 'utf8') === text) return;
      // Keep the last version that parsed as the previous one; a corrupt current file is not worth keeping.
      writeFileAtomically(current, text, {
        beforeReplace: () => {
          if (typeof readOne(current) !== 'string') copyFileSync(current, previous);
        },
      });
    },
  };
}
