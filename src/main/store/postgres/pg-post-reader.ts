// The read side on PostgreSQL: what the server's handlers get (the same answers as ../sqlite-post-reader.ts).
// Memory-policy posts are merged in here, so callers never need to know where a post is kept.
import type { Post } from '../../../shared/post.ts';
import type { DamagedPosts } from '../damaged-posts.ts';
import { newestFirst, type MemoryPostView } from '../memory-post-cache.ts';
import { mergeNewestFirst } from '../sqlite-post-reader.ts';
import type { AuditEntry, PanelFilter, PostReader } from '../store-api.ts';
import { auditPage } from './pg-moderation-log.ts';
import type { Queryable } from './pg-pool.ts';

/** A post is on the wall when it is live and its cache TTL, if any, has not run out (purge may not have run). */
const ON_THE_WALL = `state = 'live' AND (expires_at IS NULL OR expires_at > $1)`;

interface FeedRow {
  created_at: number;
  json: string;
}

export class PgPostReader implements PostReader {
  constructor(
    private readonly db: Queryable,
    private readonly memory: MemoryPostView,
    private readonly now: () => number,
    private readonly damaged: DamagedPosts,
  ) {}

  async newestForPanel(filter: PanelFilter, limit: number): Promise<Post[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    const params: unknown[] = [this.now(), limit];
    let where = ON_THE_WALL;
    if (filter.networks.length > 0) where += ` AND network = ANY ($${params.push([...filter.networks])})`;
    if (filter.sources.length > 0) where += ` AND source_id = ANY ($${params.push([...filter.sources])})`;
    const { rows } = await this.db.query<FeedRow>(
      `SELECT created_at, json FROM posts WHERE ${where} ORDER BY created_at DESC, row_id LIMIT $2`,
      params,
    );
    const fromFile = this.parse(rows);
    const fromMemory = this.memory.newest(filter, limit);
    if (fromMemory.length === 0) return fromFile.map((p) => p.post);
    return mergeNewestFirst(fromFile, fromMemory, limit);
  }

  async getPost(key: string): Promise<Post | undefined> {
    const fromMemory = this.memory.get(key);
    if (fromMemory) return fromMemory;
    const { rows } = await this.db.query<{ expires_at: number | null; json: string | null }>(
      'SELECT expires_at, json FROM posts WHERE key = $1',
      [key],
    );
    const row = rows[0];
    if (!row || row.json === null) return undefined;
    if (row.expires_at !== null && row.expires_at <= this.now()) return undefined;
    return this.damaged.parse(row.json);
  }

  async hiddenCount(nowMs: number): Promise<number> {
    const { rows } = await this.db.query<{ hidden: number }>(
      `SELECT COUNT(*) AS hidden FROM posts WHERE state = 'hidden' AND (expires_at IS NULL OR expires_at > $1)`,
      [nowMs],
    );
    return (rows[0]?.hidden ?? 0) + this.memory.countHidden();
  }

  async anyHiddenByRule(): Promise<boolean> {
    const { rows } = await this.db.query(`SELECT 1 FROM posts WHERE state = 'hidden' AND moderated_by IS NULL LIMIT 1`);
    return rows.length > 0;
  }

  async recentPosts(limit: number): Promise<Post[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    const { rows } = await this.db.query<FeedRow>(
      `SELECT created_at, json FROM posts
       WHERE state IN ('live', 'hidden') AND (expires_at IS NULL OR expires_at > $1)
       ORDER BY created_at DESC, row_id LIMIT $2`,
      [this.now(), limit],
    );
    const fromMemory = [...this.memory.entries()]
      .filter((e) => e.post.state !== 'deleted')
      .sort(newestFirst)
      .slice(0, limit);
    return mergeNewestFirst(this.parse(rows), fromMemory, limit);
  }

  async auditPage(limit: number, beforeId: number = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
    return limit > 0 ? auditPage(this.db, limit, beforeId) : [];
  }

  private parse(rows: readonly FeedRow[]): { createdMs: number; post: Post }[] {
    return rows.flatMap((row) => {
      const post = this.damaged.parse(row.json);
      return post ? [{ createdMs: row.created_at, post }] : [];
    });
  }
}
