// One JSONL line read as a candidate post, or the reason it cannot be one. Whether the object is a valid
// Post is the runtime's question (it validates every candidate); here only "is it a JSON object".

export type ReplayLine =
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'object'; value: Record<string, unknown>; createdAtMs: number | undefined };

const MAX_REASON = 200;

export function readReplayLine(text: string, lineNumber: number): ReplayLine {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', reason: `line ${lineNumber}: not JSON (${detail})`.slice(0, MAX_REASON) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { kind: 'invalid', reason: `line ${lineNumber}: not a JSON object (got ${got})` };
  }
  const record = value as Record<string, unknown>;
  const createdAt = typeof record['createdAt'] === 'string' ? Date.parse(record['createdAt']) : Number.NaN;
  return { kind: 'object', value: record, createdAtMs: Number.isFinite(createdAt) ? createdAt : undefined };
}
