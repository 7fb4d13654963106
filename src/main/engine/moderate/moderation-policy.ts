// The moderation rules of the configuration, compiled once per configuration into a pure verdict: which rule,
// if any, hides a post. Off by default (transparency): with no rule switched on, nothing is ever hidden.
import { hash } from 'node:crypto';
import { Profanity } from '@2toad/profanity';
import type { ModerationConfig } from '../../../shared/config.ts';
import type { Post } from '../../../shared/post.ts';

/** The name of the rule that hid a post, as the audit log shows it (e.g. "profanity:fr", "blocked-author"). */
export type RuleName = string;

export interface ModerationPolicy {
  /** False when no rule is switched on: the pipeline skips the step. */
  readonly active: boolean;
  /** The first rule that hides the post, or undefined when it may be shown. */
  verdict: (post: Post) => RuleName | undefined;
  /**
   * Stands for the rules: the same rules, the same fingerprint (whatever the key order of the file); 'off' when
   * no rule is on. The store keeps the one the stored posts were last judged by (Engine.start compares them).
   */
  readonly fingerprint: string;
}

/** No rule switched on: every such configuration judges alike (nothing hidden). */
export const RULES_OFF_FINGERPRINT = 'off';

/** JSON with every object's keys sorted (arrays keep their order: the first matching keyword names the rule). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function moderationFingerprint(config: ModerationConfig, active: boolean): string {
  return active ? `sha256:${hash('sha256', canonicalJson(config), 'hex')}` : RULES_OFF_FINGERPRINT;
}

/** Lowercase without accents, so that "Décevant" and "decevant" match the same keyword. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words or phrases only ("arnaque" does not hide "arnaques": IT lists both when both are meant). */
function keywordPattern(keyword: string): RegExp {
  const folded = escapeRegex(foldText(keyword)).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_#@])${folded}(?![\\p{L}\\p{N}_])`, 'u');
}

function normaliseHandle(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

/** One shared instance: building the lists' regexes is the costly part, and it caches them per language set. */
let profanity: Profanity | undefined;
function profanityChecker(): Profanity {
  profanity ??= new Profanity({ languages: ['fr', 'en'], wholeWord: true });
  return profanity;
}

export function compileModerationPolicy(config: ModerationConfig): ModerationPolicy {
  const languages = [...new Set(config.profanity)];
  const keywords = config.blockedKeywords.map((k) => ({ keyword: k, pattern: keywordPattern(k) }));
  const authors = config.blockedAuthors.map((a) => ({ author: normaliseHandle(a.author), network: a.network }));
  const active = languages.length > 0 || keywords.length > 0 || authors.length > 0 || config.content !== 'all';

  const verdict = (post: Post): RuleName | undefined => {
    // The brand's own posts are its answers to customers (principle 3): never hidden by a rule.
    if (!active || post.author.isBrand) return undefined;
    const handle = post.author.handle !== undefined ? normaliseHandle(post.author.handle) : undefined;
    const id = post.author.id.toLowerCase();
    if (
      authors.some(
        (a) => (a.network === undefined || a.network === post.network) && (a.author === handle || a.author === id),
      )
    ) {
      return 'blocked-author';
    }
    if (config.content === 'media-only' && post.media.length === 0) return 'media-only';
    if (config.content === 'text-only' && post.media.length > 0) return 'text-only';
    const text = [post.text, post.contentWarning ?? '', ...post.hashtags.map((h) => `#${h.replace(/^#/, '')}`)].join(
      '\n',
    );
    if (keywords.length > 0) {
      const folded = foldText(text);
      const hit = keywords.find((k) => k.pattern.test(folded));
      if (hit) return `blocked-keyword:${hit.keyword}`;
    }
    for (const language of languages) {
      if (profanityChecker().exists(text, [language])) return `profanity:${language}`;
    }
    return undefined;
  };
  return { active, verdict, fingerprint: moderationFingerprint(config, active) };
}

/** The no-rule policy (the default): the wall is transparent. */
export const TRANSPARENT_POLICY: ModerationPolicy = {
  active: false,
  verdict: () => undefined,
  fingerprint: RULES_OFF_FINGERPRINT,
};
