// A customer's post is never refused for a secondary field: before PostSchema judges a candidate, what
// cannot be shown safely is left out or cut — an avatar that is not https (initials instead), a link that
// is not http(s) (no link), a name too long (cut with an ellipsis), a date in the future (the time it was
// fetched, marked) — and every text is cleaned (text-hygiene.ts). Only a post with no identity (key,
// network, author) or with nothing to show (no text, no picture, no rating) is refused, with the reason.
import { NETWORKS, POST_KINDS, POST_LIMITS, POST_STATES, PostKeySchema, SafeUrlSchema } from '../../shared/post.ts';
import type { Refusal } from '../../shared/health.ts';
import { cleanLine, cleanText, isBlank, truncate } from '../../shared/text-hygiene.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A network's clock a little ahead of ours is not "the future". */
const CLOCK_SKEW_MS = 2 * 60_000;

export type Repair =
  { ok: true; candidate: Record<string, unknown>; repairs: string[] } | { ok: false; refusal: Refusal };

const isKey = (v: unknown): v is string => PostKeySchema.safeParse(v).success;
const isLink = (v: unknown): v is string => SafeUrlSchema.safeParse(v).success;
/** Pictures: https (the picture cache fetches those) or a path on the wall's own server. */
const isPicture = (v: unknown): v is string => isLink(v) && !/^http:/i.test(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const instantMs = (v: unknown): number | undefined => {
  const ms = typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/** `item` has been stamped by the runtime (sourceId, cachePolicy, fetchedAt). */
export function repairCandidate(item: Record<string, unknown>): Repair {
  const repairs: string[] = [];
  const left = (field: string, why: string) => repairs.push(`${field} left out: ${why}`);

  const network = item['network'];
  if (typeof network !== 'string' || !(NETWORKS as readonly string[]).includes(network))
    return refuse('no-key', `network: not one the wall knows (${JSON.stringify(network)?.slice(0, 40)})`);
  const key = item['key'];
  if (!isKey(key) || !key.startsWith(`${network}:`)) return refuse('no-key', `key: missing, or not "${network}:<id>"`);
  const author = repairAuthor(item['author'], left);
  if (!author) return refuse('no-author', 'author: no id, name or handle');

  const out: Record<string, unknown> = { ...item, network, key, author };
  if (!(POST_KINDS as readonly unknown[]).includes(item['kind'])) {
    out['kind'] = 'post';
    repairs.push(`kind ${JSON.stringify(item['kind'])?.slice(0, 40)} read as "post"`);
  }
  if (!(POST_STATES as readonly unknown[]).includes(item['state'])) delete out['state'];
  for (const field of ['url', 'parentKey', 'rootKey'] as const) {
    const value = item[field];
    // Absent is the common case: a schema's failed parse builds its issues, a cost worth skipping.
    if (value === undefined) continue;
    if (!(field === 'url' ? isLink(value) : isKey(value))) {
      delete out[field];
      left(field, field === 'url' ? 'not an http(s) link' : 'not a post key');
    }
  }

  const words = cleanText(text(item['text']) ?? '');
  out['text'] = isBlank(words) ? '' : truncate(words, POST_LIMITS.text);
  const html = text(item['html']);
  if (item['html'] !== undefined && (html === undefined || html.length > POST_LIMITS.html)) {
    delete out['html'];
    left('html', 'too long (the plain text is shown)');
  }
  const lang = text(item['lang']);
  if (item['lang'] !== undefined && (lang === undefined || lang.length > POST_LIMITS.lang)) delete out['lang'];
  const warning = text(item['contentWarning']);
  if (warning !== undefined) out['contentWarning'] = truncate(cleanLine(warning), POST_LIMITS.contentWarning);
  else delete out['contentWarning'];
  if (item['sensitive'] !== undefined) out['sensitive'] = item['sensitive'] === true || item['sensitive'] === 'true';
  for (const field of ['hashtags', 'mentions'] as const) out[field] = tags(item[field]);
  out['media'] = repairMedia(item['media'], left);
  const rating = item['rating'];
  if (rating !== undefined && !(typeof rating === 'number' && rating >= 1 && rating <= 5)) {
    delete out['rating'];
    left('rating', 'not between 1 and 5');
  }
  if (item['metrics'] !== undefined && !validMetrics(item['metrics'])) delete out['metrics'];
  // Set by the engine's enrichment, never by a connector.
  delete out['sentiment'];
  delete out['datedAsFetched'];
  repairDates(item, out, repairs);

  if (out['state'] === undefined || out['state'] === 'live') {
    const showable =
      out['text'] !== '' || (out['html'] !== undefined && out['html'] !== '') || out['rating'] !== undefined;
    if (!showable && (out['media'] as unknown[]).length === 0)
      return refuse('nothing-to-show', 'no text, no picture, no rating');
  }
  return { ok: true, candidate: out, repairs };
}

const refuse = (code: Refusal['code'], detail: string): Repair => ({ ok: false, refusal: { code, detail } });

function repairAuthor(value: unknown, left: (field: string, why: string) => void): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const line = cleanLine(text(value['name']) ?? '');
  const name = isBlank(line) ? '' : truncate(line, POST_LIMITS.name);
  const handleText = text(value['handle']);
  const handleLine = handleText === undefined ? '' : cleanLine(handleText);
  const handle = isBlank(handleLine) ? undefined : truncate(handleLine, POST_LIMITS.handle);
  const rawId = value['id'];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
  const identity = (id || handle || name).slice(0, POST_LIMITS.authorId);
  if (!identity) return undefined;
  const author: Record<string, unknown> = { ...value, id: identity, name, isBrand: value['isBrand'] === true };
  if (handle) author['handle'] = handle;
  else delete author['handle'];
  if (value['avatarUrl'] !== undefined && !isPicture(value['avatarUrl'])) {
    delete author['avatarUrl'];
    left('author.avatarUrl', 'not an https picture (initials instead)');
  }
  if (value['profileUrl'] !== undefined && !isLink(value['profileUrl'])) {
    delete author['profileUrl'];
    left('author.profileUrl', 'not an http(s) link');
  }
  return author;
}

function repairMedia(value: unknown, left: (field: string, why: string) => void): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  const kept: Record<string, unknown>[] = [];
  for (const media of value.slice(0, POST_LIMITS.media)) {
    const type = isRecord(media) ? media['type'] : undefined;
    if (!isRecord(media) || (type !== 'image' && type !== 'video' && type !== 'gif')) continue;
    const item: Record<string, unknown> = { type };
    // A video's own URL is a link (never loaded by the screens); its still, like an image, a picture.
    if (type === 'image' ? !isPicture(media['url']) : !isLink(media['url'])) {
      left('media', 'a picture that is not https');
      continue;
    }
    item['url'] = media['url'];
    if (media['previewUrl'] !== undefined && isPicture(media['previewUrl'])) item['previewUrl'] = media['previewUrl'];
    const alt = text(media['alt']);
    if (alt !== undefined) item['alt'] = truncate(cleanLine(alt), POST_LIMITS.alt);
    for (const size of ['width', 'height'] as const) {
      const n = media[size];
      if (typeof n === 'number' && Number.isInteger(n) && n > 0) item[size] = n;
    }
    kept.push(item);
  }
  return kept;
}

function tags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((t): t is string => typeof t === 'string')
    .map((t) => cleanLine(t))
    .filter((t) => t !== '' && t.length <= POST_LIMITS.tag)
    .slice(0, POST_LIMITS.tags);
}

function validMetrics(value: unknown): boolean {
  if (!isRecord(value) || instantMs(value['asOf']) === undefined) return false;
  return ['likes', 'replies', 'reposts'].every((k) => {
    const n = value[k];
    return n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0);
  });
}

/** A date in the future, or none that can be read, becomes the time of the fetch, marked. */
function repairDates(item: Record<string, unknown>, out: Record<string, unknown>, repairs: string[]): void {
  const fetchedMs = instantMs(item['fetchedAt']) ?? Date.now();
  const fetchedAt = new Date(fetchedMs).toISOString();
  out['fetchedAt'] = fetchedAt;
  const created = instantMs(item['createdAt']);
  if (created !== undefined) out['createdAt'] = withOffset(item['createdAt'] as string, created);
  if (created === undefined || created > fetchedMs + CLOCK_SKEW_MS) {
    out['createdAt'] = fetchedAt;
    out['datedAsFetched'] = created === undefined ? 'unreadable' : 'future';
    repairs.push(`createdAt ${JSON.stringify(item['createdAt'])?.slice(0, 40)} replaced by the time it was fetched`);
  }
  const edited = instantMs(item['editedAt']);
  if (edited !== undefined && edited <= fetchedMs + CLOCK_SKEW_MS)
    out['editedAt'] = withOffset(item['editedAt'] as string, edited);
  else delete out['editedAt'];
}

/** The network's own text when it says its offset (PostSchema normalises it), else the instant in UTC. */
function withOffset(value: string, ms: number): string {
  return /(?:Z|[+-]\d\d:\d\d)$/i.test(value) ? value : new Date(ms).toISOString();
}
