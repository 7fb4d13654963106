// The read side, on its own read-only connection: what the server's handlers get. Memory-policy posts are
// merged in here, so callers never need to know where a post is kept. (The statistics' reads are
// sqlite-stats-reader.ts, on the same connection.)
import type Database from 'better-sqlite3';
import type { Post } from '../../shared/post.ts';
import { newestFirst, type MemoryPostView } from './memory-post-cache.ts';
import type { DamagedPosts } from './damaged-posts.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import { SqliteModerationReads } from './sqlite-moderation-reads.ts';
import type { AuditEntry, PanelFilter, PostReader } from './store-api.ts';

/** A post is on the wall when it is live and its cache TTL, if any, has not run out (purge may not have run). */
const ON_THE_WALL = `state = 'live' AND (expires_at IS NULL OR expires_at > @now)`;

/**
 * The hot feed query. One statement shape per number of networks and sources in the filter, so that each
 * filter is a plain `IN (...)` SQLite can check on the index; `state = 'live'` is written literally so that
 * the partial index posts_live_feed applies.
 */
export function panelQuerySql(networkCount: number, sourceCount: number): string {
  const networks = networkCount > 0 ? ` AND network IN (${placeholders('n', networkCount)})` : '';
  const sources = sourceCount > 0 ? ` AND source_id IN (${placeholders('s', sourceCount)})` : '';
  return (
    `SELECT created_at, json FROM posts` +
    ` WHERE ${ON_THE_WALL}${networks}${sources}` +
    ` ORDER BY created_at DESC LIMIT @limit`
  );
}

function placeholders(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `@${prefix}${i}`).join(', ');
}

interface FeedRow {
  created_at: number;
  json: string;
}
interface PostRow {
  state: string;
  expires_at: number | null;
  json: string | null;
}

type Params = Record<string, string | number>;

export class SqlitePostReader implements PostReader {
  /** Prepared once per filter shape; a wall has a handful of panels, so this stays small. */
  private readonly panelStatements = new Map<string, Database.Statement<[Params], FeedRow>>();
  private readonly getPostStatement: Database.Statement<[string], PostRow>;
  private readonly moderation: SqliteModerationReads;

  constructor(
    private readonly db: ReadableDB,
    private readonly memory: MemoryPostView,
    private readonly now: () => number,
    /** Rows whose JSON no longer parses: skipped, counted, logged. */
    private readonly damaged: DamagedPosts,
  ) {
    this.getPostStatement = db.prepare('SELECT state, expires_at, json FROM posts WHERE key = ?');
    this.moderation = new SqliteModerationReads(db);
  }

  async newestForPanel(filter: PanelFilter, limit: number): Promise<Post[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    const params: Params = { now: this.now(), limit };
    filter.networks.forEach((network, i) => (params[`n${i}`] = network));
    filter.sources.forEach((source, i) => (params[`s${i}`] = source));
    const rows = this.panelStatement(filter.networks.length, filter.sources.length).all(params);
    const fromMemory = this.memory.newest(filter, limit);
    const fromFile = rows.flatMap((row) => {
      const post = this.damaged.parse(row.json);
      return post ? [{ createdMs: row.created_at, post }] : [];
    });
    if (fromMemory.length === 0) return fromFile.map((p) => p.post);
    return mergeNewestFirst(fromFile, fromMemory, limit);
  }

  async getPost(key: string): Promise<Post | undefined> {
    const fromMemory = this.memory.get(key);
    if (fromMemory) return fromMemory;
    const row = this.getPostStatement.get(key);
    // A tombstone keeps no content: a deleted post is not served, here either.
    if (!row || row.json === null) return undefined;
    if (row.expires_at !== null && row.expires_at <= this.now()) return undefined;
    return this.damaged.parse(row.json);
  }

  async hiddenCount(nowMs: number): Promise<number> {
    return this.moderation.hiddenCount(nowMs) + this.memory.countHidden();
  }

  async anyHiddenByRule(): Promise<boolean> {
    return this.moderation.anyHiddenByRule();
  }

  async recentPosts(limit: number): Promise<Post[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    const fromFile = this.moderation.recent(this.now(), limit).flatMap((r) => {
      const post = this.damaged.parse(r.json);
      return post ? [{ createdMs: r.createdMs, post }] : [];
    });
    const fromMemory = [...this.memory.entries()]
      .filter((e) => e.post.state !== 'deleted')
      .sort(newestFirst)
      .slice(0, limit);
    return mergeNewestFirst(fromFile, fromMemory, limit);
  }

  async auditPage(limit: number, beforeId: number = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
    return limit > 0 ? this.moderation.auditPage(limit, beforeId) : [];
  }

  private panelStatement(networkCount: number, sourceCount: number): Database.Statement<[Params], FeedRow> {
    const shape = `${networkCount}:${sourceCount}`;
    let statement = this.panelStatements.get(shape);
    if (!statement) {
      statement = this.db.prepare<[Params], FeedRow>(panelQuerySql(networkCount, sourceCount));
      this.panelStatements.set(shape, statement);
    }
    return statement;
  }
}

interface Dated {
  createdMs: number;
  post: Post;
}

/** Both inputs are newest first; so is the result. */
export function mergeNewestFirst(a: readonly Dated[], b: readonly Dated[], limit: number): Post[] {
  const out: Post[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit) {
    const left = a[i];
    const right = b[j];
    if (!left && !right) break;
    if (left && (!right || newestFirst(left, right) <= 0)) {
      out.push(left.post);
      i += 1;
    } else if (right) {
      out.push(right.post);
      j += 1;
    }
  }
  return out;
}
