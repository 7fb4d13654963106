// A small tmpfs for the storage scenarios (a full disk, a folder turned read-only). Mounting needs root, as CI
// runs; elsewhere the scenario says it was skipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

export interface Tmpfs {
  /** Remounts it read-only (`false`: writable again). */
  readOnly(on: boolean): void;
}

export async function withTmpfs<T>(
  mount: string,
  sizeMb: number,
  run: (fs: Tmpfs) => Promise<T>,
): Promise<T | { skipped: string }> {
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    return { skipped: 'mounting a tmpfs needs root' };
  }
  try {
    return await run({
      readOnly: (on) => execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, mount], { stdio: 'ignore' }),
    });
  } finally {
    execFileSync('umount', ['-l', mount]);
  }
}
