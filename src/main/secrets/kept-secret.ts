// Which stored secret a masked field of a submitted config stands for. Along plain keys the path is followed
// as is; across a list, the item is found by what it is, not where it is: the stored item whose other,
// non-secret values are the same (Mastodon: the instance with the same URL). So removing or reordering
// instances keeps each token with its own instance, and an instance whose URL changed asks for its token.
import { canonical } from '../../shared/canonical-json.ts';
import { ANY_ITEM, mapAtPaths, type SecretPath } from './secret-fields.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const startsWith = (path: SecretPath, prefix: readonly string[]): boolean =>
  prefix.every((part, i) => path[i] === part);

/** An item's identity: its values with every secret inside it left out. */
function identity(item: unknown, secretsInside: readonly SecretPath[]): string {
  return canonical(mapAtPaths(item, secretsInside, () => undefined));
}

/**
 * The value stored in `previous` for the field at `at` of `submitted` (both a source's options), or undefined
 * when the stored config has no such field for the same item.
 */
export function keptSecretAt(
  previous: unknown,
  submitted: unknown,
  at: readonly (string | number)[],
  secretPaths: readonly SecretPath[],
): unknown {
  let stored = previous;
  let sent = submitted;
  const pattern: string[] = [];
  for (const key of at) {
    if (typeof key === 'number') {
      if (!Array.isArray(stored) || !Array.isArray(sent)) return undefined;
      const item: unknown = sent[key];
      const itemPattern = [...pattern, ANY_ITEM];
      const inside = secretPaths
        .filter((p) => p.length > itemPattern.length && startsWith(p, itemPattern))
        .map((p) => p.slice(itemPattern.length));
      const wanted = identity(item, inside);
      stored = stored.find((candidate) => identity(candidate, inside) === wanted);
      sent = item;
      pattern.push(ANY_ITEM);
    } else {
      stored = isRecord(stored) ? stored[key] : undefined;
      sent = isRecord(sent) ? sent[key] : undefined;
      pattern.push(key);
    }
  }
  return stored;
}
