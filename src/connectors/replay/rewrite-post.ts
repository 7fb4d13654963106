// What a replay changes in a recorded post: its times when the recording is moved to now, and its keys
// on later passes of a looped file (so a loop shows new posts instead of updating the same ones).

export interface PostRewrite {
  /** Move times: the post's createdAt becomes `createdAt`; other instants keep their distance / `scale`. */
  rebase?: { createdAt: number; scale: number; now: number };
  /** Appended to key, parentKey and rootKey. */
  keySuffix?: string;
}

const KEY_FIELDS = ['key', 'parentKey', 'rootKey'] as const;

export function rewritePost(
  post: Record<string, unknown>,
  originalCreatedAt: number | undefined,
  rewrite: PostRewrite,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...post };
  if (rewrite.keySuffix) {
    for (const field of KEY_FIELDS) {
      const value = out[field];
      if (typeof value === 'string') out[field] = value + rewrite.keySuffix;
    }
  }
  const { rebase } = rewrite;
  if (rebase && originalCreatedAt !== undefined) {
    // Never in the future: an edit or a metrics reading cannot postdate the moment it is played.
    const shift = (value: unknown): unknown => {
      const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (!Number.isFinite(t)) return value;
      return new Date(Math.min(rebase.createdAt + (t - originalCreatedAt) / rebase.scale, rebase.now)).toISOString();
    };
    out['createdAt'] = new Date(rebase.createdAt).toISOString();
    if ('editedAt' in out) out['editedAt'] = shift(out['editedAt']);
    const metrics = out['metrics'];
    if (typeof metrics === 'object' && metrics !== null && !Array.isArray(metrics) && 'asOf' in metrics) {
      out['metrics'] = { ...metrics, asOf: shift((metrics as Record<string, unknown>)['asOf']) };
    }
    out['fetchedAt'] = new Date(rebase.now).toISOString();
  }
  return out;
}
