// Blocked authors as IT types them, one per line: "@handle" (any network) or "network:@handle" (that
// network only; an author id works too). Pure, so that the textarea and the config agree. No zod here: the
// renderer must not pull shared schemas in (zod's JIT probe is an eval the CSP refuses).
import type { BlockedAuthor } from '../../../shared/config.ts';
import type { Network } from '../../../shared/post.ts';
import { NETWORKS } from '../networks.ts';

const NETWORK_PREFIX = new RegExp(`^(${NETWORKS.join('|')})\\s*:\\s*(.+)$`, 'i');

export function parseBlockedAuthor(line: string): BlockedAuthor {
  const match = NETWORK_PREFIX.exec(line.trim());
  if (match?.[1] && match[2]) return { network: match[1].toLowerCase() as Network, author: match[2].trim() };
  return { author: line.trim() };
}

export function formatBlockedAuthor(entry: BlockedAuthor): string {
  return entry.network ? `${entry.network}:${entry.author}` : entry.author;
}

export function sameBlockedAuthor(a: BlockedAuthor, b: BlockedAuthor): boolean {
  return a.author === b.author && a.network === b.network;
}
