// After repeated GPU crashes the kiosk relaunches without hardware acceleration, and stays so across
// restarts: the decision is a file in the data folder (`gpu-disabled.json`, with its reason and time).
// IT deletes the file to try the GPU again (after a driver update, say).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GpuFallbackFlag {
  isSet(): boolean;
  reason(): string | undefined;
  set(reason: string, at: Date): void;
}

export function gpuFallbackFlag(dataDir: string): GpuFallbackFlag {
  const file = join(dataDir, 'gpu-disabled.json');
  return {
    isSet: () => existsSync(file),
    reason() {
      if (!existsSync(file)) return undefined;
      try {
        const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
        return typeof parsed === 'object' && parsed !== null && 'reason' in parsed
          ? String(parsed.reason)
          : 'set by hand';
      } catch {
        return 'set by hand';
      }
    },
    set(reason, at) {
      writeFileSync(
        file,
        JSON.stringify({ reason, at: at.toISOString(), howToUndo: 'delete this file and restart the wall' }, null, 2) +
          '\n',
      );
    },
  };
}
