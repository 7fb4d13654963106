// The fingerprint the store keeps of the moderation rules the stored posts were judged by: the same rules give
// the same fingerprint whatever the file's key order, any rule switched on changes it, and no rule is 'off'.
import { expect, it } from 'vitest';
import { ModerationConfigSchema } from '../../../src/shared/config.ts';
import { compileModerationPolicy, RULES_OFF_FINGERPRINT } from '../../../src/main/engine/moderate/moderation-policy.ts';

const fingerprint = (rules: unknown): string =>
  compileModerationPolicy(ModerationConfigSchema.parse(rules)).fingerprint;

it('is off without rules, stable across key order, and follows every rule', () => {
  expect(fingerprint({})).toBe(RULES_OFF_FINGERPRINT);
  expect(fingerprint({ blockedKeywords: [], content: 'all' })).toBe(RULES_OFF_FINGERPRINT);
  const rules = { blockedKeywords: ['arnaque'], blockedAuthors: [{ author: '@spam', network: 'x' }] };
  expect(fingerprint(rules)).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(fingerprint({ blockedAuthors: [{ network: 'x', author: '@spam' }], blockedKeywords: ['arnaque'] })).toBe(
    fingerprint(rules),
  );
  const others = [
    { blockedKeywords: ['escroc'] },
    { ...rules, profanity: ['fr'] },
    { ...rules, content: 'media-only' },
    { blockedKeywords: ['arnaque'] },
  ];
  for (const other of others) expect(fingerprint(other)).not.toBe(fingerprint(rules));
});
