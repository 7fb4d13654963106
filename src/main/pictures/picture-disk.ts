// The pictures on disk, bounded: one file per picture in `<dataDir>/pictures/`, named by the hash of its URL
// and its type (`<sha256>.<ext>`), the least recently used removed first once the total passes `maxBytes`.
// The index lives in memory, rebuilt from the folder at start (last use = the file's mtime); a write goes
// through a temporary file and a rename, so a crash never leaves half a picture under a real name.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { join } from 'node:path';
import type { ImageType } from './image-type.ts';

const EXTENSIONS: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};
const TYPES = new Map(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type as ImageType]));

export interface CachedPicture {
  path: string;
  type: ImageType;
  size: number;
}

interface Entry extends CachedPicture {
  usedAt: number;
}

export function pictureId(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

export class PictureDisk {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {
    mkdirSync(dir, { recursive: true });
    const found: [string, Entry][] = [];
    for (const name of readdirSync(dir)) {
      const match = /^([0-9a-f]{64})\.(\w+)$/.exec(name);
      const type = match ? TYPES.get(match[2] ?? '') : undefined;
      const path = join(dir, name);
      // A temporary file left by a crash, or anything else: not ours to keep.
      if (!match?.[1] || !type) {
        rmSync(path, { force: true });
        continue;
      }
      const stat = statSync(path);
      found.push([match[1], { path, type, size: stat.size, usedAt: stat.mtimeMs }]);
    }
    // Oldest first, so that the Map's order is the order of use.
    for (const [id, entry] of found.sort((a, b) => a[1].usedAt - b[1].usedAt)) {
      this.entries.set(id, entry);
      this.total += entry.size;
    }
    this.evict();
  }

  get(id: string, now = Date.now()): CachedPicture | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(id);
    entry.usedAt = now;
    this.entries.set(id, entry);
    return entry;
  }

  put(id: string, bytes: Uint8Array, type: ImageType, now = Date.now()): CachedPicture {
    const path = join(this.dir, `${id}.${EXTENSIONS[type]}`);
    writeFileAtomically(path, bytes, { durable: false }); // a cache: fetched again if lost
    const previous = this.entries.get(id);
    if (previous) {
      this.total -= previous.size;
      this.entries.delete(id);
      if (previous.path !== path) rmSync(previous.path, { force: true });
    }
    const entry: Entry = { path, type, size: bytes.length, usedAt: now };
    this.entries.set(id, entry);
    this.total += entry.size;
    this.evict();
    return entry;
  }

  get usedBytes(): number {
    return this.total;
  }

  get count(): number {
    return this.entries.size;
  }

  private evict(): void {
    for (const [id, entry] of this.entries) {
      if (this.total <= this.maxBytes) return;
      this.entries.delete(id);
      this.total -= entry.size;
      rmSync(entry.path, { force: true });
    }
  }
}
