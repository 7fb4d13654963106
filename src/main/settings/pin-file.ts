// The PIN's hash lives in the data directory (pin.json, owner-only), never in the exportable configuration.
// Written atomically (files/atomic-file.ts), so a power cut leaves the old PIN or the new one.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { join } from 'node:path';
import { z } from 'zod';

export const PIN_FILE = 'pin.json';
const PinFileSchema = z.object({ version: z.literal(1), hash: z.string().min(1) });

export function readPinHash(dataDir: string): string | undefined {
  const path = join(dataDir, PIN_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = PinFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.hash : undefined;
  } catch {
    // Unreadable: as if no PIN were set; the admin URL still opens the settings to choose one again.
    return undefined;
  }
}

export function writePinHash(dataDir: string, hash: string): void {
  const path = join(dataDir, PIN_FILE);
  writeFileAtomically(path, JSON.stringify({ version: 1, hash }) + '\n', { mode: 0o600 });
}
