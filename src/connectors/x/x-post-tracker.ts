// What the source remembers of the posts it has shown lately: the first id of each (its key), its latest
// version, when it was created. Used to key edits on the first id, to link replies to an edited parent,
// and to pick the posts whose deletion must be checked (X does not tell a search about deletes).
import { compareDecimalIds } from '../shared/decimal-ids.ts';
import type { RecentPost } from './x-cursor.ts';

/** Bounds the cursor and one re-check call (X looks up 100 ids per call). */
const MAX_TRACKED = 1000;

export class XPostTracker {
  private readonly byOriginal = new Map<string, RecentPost>();
  private readonly originalOf = new Map<string, string>();

  constructor(recent: readonly RecentPost[]) {
    for (const r of recent) this.put(r);
  }

  private put(r: RecentPost): void {
    this.byOriginal.set(r.originalId, r);
    this.originalOf.set(r.originalId, r.originalId);
    this.originalOf.set(r.latestId, r.originalId);
  }

  /** Registers every id of an edit history as a version of its first. */
  learnHistory(history: readonly string[]): void {
    const first = history[0];
    if (first === undefined) return;
    for (const id of history) this.originalOf.set(id, first);
  }

  originalIdOf = (id: string): string => this.originalOf.get(id) ?? id;

  knownCreatedAt = (originalId: string): string | undefined => this.byOriginal.get(originalId)?.createdAt;

  /** A version is stale when a newer one of the same post was already shown. */
  isStale(originalId: string, versionId: string): boolean {
    const known = this.byOriginal.get(originalId);
    return known !== undefined && compareDecimalIds(known.latestId, versionId) > 0;
  }

  seen(originalId: string, versionId: string, createdAt: string, nowMs: number): void {
    const known = this.byOriginal.get(originalId);
    const latestId = known && compareDecimalIds(known.latestId, versionId) > 0 ? known.latestId : versionId;
    this.put({
      originalId,
      latestId,
      createdAt: known?.createdAt ?? createdAt,
      firstSeenAt: known?.firstSeenAt ?? nowMs,
    });
  }

  forget(originalId: string): void {
    this.byOriginal.delete(originalId);
  }

  /** The original id of a tracked post whose latest version is this id. */
  trackedByLatest(versionId: string): string | undefined {
    const original = this.originalOf.get(versionId);
    return original !== undefined && this.byOriginal.get(original)?.latestId === versionId ? original : undefined;
  }

  /** Latest version ids of the newest posts first seen after `sinceMs` (and passing `keep`), at most `max`. */
  toRecheck(sinceMs: number, max: number, keep: (latestId: string) => boolean = () => true): string[] {
    return [...this.byOriginal.values()]
      .filter((r) => r.firstSeenAt >= sinceMs && keep(r.latestId))
      .sort((a, b) => compareDecimalIds(b.originalId, a.originalId))
      .slice(0, max)
      .map((r) => r.latestId);
  }

  /** What goes into the cursor: posts within the re-check window, newest first, bounded. */
  snapshot(sinceMs: number): RecentPost[] {
    return [...this.byOriginal.values()]
      .filter((r) => r.firstSeenAt >= sinceMs)
      .sort((a, b) => compareDecimalIds(b.originalId, a.originalId))
      .slice(0, MAX_TRACKED);
  }
}
