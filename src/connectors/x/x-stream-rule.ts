// The filtered stream matches the app's rules: the wall keeps one rule, tagged as its own, equal to the
// search query; a changed query replaces it. Other rules of the app (another tool's) are left alone.
import type { XApi } from './x-api.ts';

export const X_RULE_TAG = 'social-wall';

export async function ensureXStreamRule(api: XApi, query: string, signal: AbortSignal): Promise<'kept' | 'created'> {
  const current = await api.rules(signal);
  const ours = (current.data ?? []).filter((r) => r.tag === X_RULE_TAG);
  if (ours.length === 1 && ours[0]?.value === query) return 'kept';
  if (ours.length > 0) await api.changeRules({ delete: { ids: ours.map((r) => r.id) } }, signal);
  await api.changeRules({ add: [{ value: query, tag: X_RULE_TAG }] }, signal);
  return 'created';
}
