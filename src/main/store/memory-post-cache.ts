// Posts whose source's terms forbid storing them (cache policy "memory", e.g. Foursquare tips) live here and
// never reach the SQLite file. One instance is owned by the store and shared: the writer fills it, the reader
// merges it with SQLite rows. Bounded per source so that a busy source cannot grow the process without limit.
import type { Network, Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';
import type { PanelFilter, UpsertChange } from './store-api.ts';

export interface MemoryEntry {
  post: Post;
  createdMs: number;
  hash: string;
  /** A person hid or restored it: a change of the rules leaves it as it is. */
  decidedByPerson?: boolean;
}

export interface NetworkTally {
  today: number;
  total: number;
}

/** What the read side may do with memory posts. */
export interface MemoryPostView {
  /** Newest live entries matching the filter, newest first, at most `limit`. */
  newest(filter: PanelFilter, limit: number): MemoryEntry[];
  /** A post that is not deleted. */
  get(key: string): Post | undefined;
  /** Hidden posts held in memory. */
  countHidden(): number;
  /** Live posts per network: created since `sinceMs`, and in total. */
  tallyPerNetwork(sinceMs: number): Map<Network, NetworkTally>;
  /** Every entry not deleted (live or hidden), in no particular order: the statistics filter and merge them. */
  entries(): Iterable<MemoryEntry>;
}

export type MemoryDeleteResult = 'was-live' | 'was-not-live' | 'unknown';

export class MemoryPostCache implements MemoryPostView {
  private readonly byKey = new Map<string, MemoryEntry>();
  /** Per source, newest first, so that a panel read takes the first few of each. */
  private readonly bySource = new Map<string, MemoryEntry[]>();
  /** Keys deleted by their authors, so that a stale poll cannot bring them back (insertion order = age). */
  private readonly tombstones = new Set<string>();

  constructor(
    private readonly maxPostsPerSource: number,
    private readonly maxTombstones: number,
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  upsert(post: Post, hash: string, createdMs: number): UpsertChange {
    if (this.tombstones.has(post.key)) return 'ignored-deleted';
    const existing = this.byKey.get(post.key);
    if (post.state === 'deleted') {
      if (existing) this.remove(existing);
      this.addTombstone(post.key);
      return existing ? 'updated' : 'inserted';
    }
    if (existing?.hash === hash) return 'unchanged';
    if (existing) this.remove(existing);
    // An edit replaces the entry; a person's decision on it stays (the writer keeps the state they chose).
    this.insert({ post, createdMs, hash, ...(existing?.decidedByPerson ? { decidedByPerson: true } : {}) });
    return existing ? 'updated' : 'inserted';
  }

  /** A person hid or restored this post (its state then holds over the rules and edits). */
  decidedByPerson(key: string): boolean {
    return this.byKey.get(key)?.decidedByPerson === true;
  }

  /**
   * A person (or a rule, on a change of the rules) hid or restored the post: the entry keeps its place with the
   * new state, and the hash follows it (a re-fetch of the same content is then "unchanged": nothing sent again).
   */
  setState(key: string, state: 'live' | 'hidden', by: 'admin' | 'rule' = 'admin'): Post | undefined {
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    entry.post = { ...entry.post, state };
    entry.hash = serialisePost(entry.post).contentHash;
    if (by === 'admin') entry.decidedByPerson = true;
    return entry.post;
  }

  /** Hidden posts held here (a few thousand at most: a plain walk). */
  countHidden(): number {
    let hidden = 0;
    for (const { post } of this.byKey.values()) if (post.state === 'hidden') hidden += 1;
    return hidden;
  }

  /** The keys of the hidden posts held here (their audit entries outlive retention while they stay hidden). */
  hiddenKeys(): string[] {
    const keys: string[] = [];
    for (const { post } of this.byKey.values()) if (post.state === 'hidden') keys.push(post.key);
    return keys;
  }

  markDeleted(key: string): MemoryDeleteResult {
    const existing = this.byKey.get(key);
    if (!existing) return 'unknown';
    this.remove(existing);
    this.addTombstone(key);
    return existing.post.state === 'live' ? 'was-live' : 'was-not-live';
  }

  /** Removes posts created before `cutoffMs`; returns how many. */
  purgeCreatedBefore(cutoffMs: number): number {
    let removed = 0;
    for (const [sourceId, entries] of this.bySource) {
      // Newest first: the old ones are a suffix.
      const firstOld = entries.findIndex((e) => e.createdMs < cutoffMs);
      if (firstOld < 0) continue;
      const old = entries.splice(firstOld);
      for (const entry of old) this.byKey.delete(entry.post.key);
      removed += old.length;
      if (entries.length === 0) this.bySource.delete(sourceId);
    }
    return removed;
  }

  newest(filter: PanelFilter, limit: number): MemoryEntry[] {
    if (limit <= 0 || this.byKey.size === 0) return [];
    const sources = filter.sources.length > 0 ? filter.sources : [...this.bySource.keys()];
    const picked: MemoryEntry[] = [];
    for (const sourceId of sources) {
      let taken = 0;
      for (const entry of this.bySource.get(sourceId) ?? []) {
        if (taken >= limit) break;
        if (entry.post.state !== 'live') continue;
        if (filter.networks.length > 0 && !filter.networks.includes(entry.post.network)) continue;
        picked.push(entry);
        taken += 1;
      }
    }
    return picked.sort(newestFirst).slice(0, limit);
  }

  get(key: string): Post | undefined {
    return this.byKey.get(key)?.post;
  }

  tallyPerNetwork(sinceMs: number): Map<Network, NetworkTally> {
    const tally = new Map<Network, NetworkTally>();
    for (const { post, createdMs } of this.byKey.values()) {
      if (post.state !== 'live') continue;
      const counts = tally.get(post.network) ?? { today: 0, total: 0 };
      counts.total += 1;
      if (createdMs >= sinceMs) counts.today += 1;
      tally.set(post.network, counts);
    }
    return tally;
  }

  /** Sources removed or paused: their posts leave memory (the source fetches them again if it comes back). */
  dropSourcesExcept(active: ReadonlySet<string>): string[] {
    const dropped: string[] = [];
    for (const [sourceId, entries] of [...this.bySource]) {
      if (active.has(sourceId)) continue;
      for (const entry of [...entries]) {
        if (entry.post.state === 'live') dropped.push(entry.post.key);
        this.remove(entry);
      }
    }
    return dropped;
  }

  entries(): Iterable<MemoryEntry> {
    // A deleted post leaves the map (its key stays a tombstone), so whatever is in it is not deleted.
    return this.byKey.values();
  }

  private insert(entry: MemoryEntry): void {
    const sourceId = entry.post.sourceId;
    const entries = this.bySource.get(sourceId) ?? [];
    this.bySource.set(sourceId, entries);
    entries.splice(insertionIndex(entries, entry), 0, entry);
    this.byKey.set(entry.post.key, entry);
    // Over the bound, the oldest go first: they are the least likely to be on a screen.
    while (entries.length > this.maxPostsPerSource) {
      const oldest = entries.pop();
      if (oldest) this.byKey.delete(oldest.post.key);
    }
  }

  private remove(entry: MemoryEntry): void {
    this.byKey.delete(entry.post.key);
    const entries = this.bySource.get(entry.post.sourceId);
    if (!entries) return;
    const index = entries.indexOf(entry);
    if (index >= 0) entries.splice(index, 1);
    if (entries.length === 0) this.bySource.delete(entry.post.sourceId);
  }

  private addTombstone(key: string): void {
    this.tombstones.delete(key);
    this.tombstones.add(key);
    if (this.tombstones.size <= this.maxTombstones) return;
    const oldest = this.tombstones.values().next();
    if (!oldest.done) this.tombstones.delete(oldest.value);
  }
}

export function newestFirst(a: { createdMs: number }, b: { createdMs: number }): number {
  return b.createdMs - a.createdMs;
}

/** Binary search for where `entry` goes in a newest-first array (after equal timestamps: stable). */
function insertionIndex(entries: readonly MemoryEntry[], entry: MemoryEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const probe = entries[mid];
    if (probe !== undefined && probe.createdMs >= entry.createdMs) low = mid + 1;
    else high = mid;
  }
  return low;
}
