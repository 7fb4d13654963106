// Keeps the items that mention the brand: a keyword matches when the item's title, summary or content
// holds it, ignoring case and accents ("Café Nova" matches "cafe nova"), at word boundaries so that "nova"
// does not match "innovation". No keyword: everything is kept. Pure.

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function keywordFilter(keywords: readonly string[]): (text: string) => boolean {
  if (keywords.length === 0) return () => true;
  const patterns = keywords.map(
    (k) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(k.trim()))}(?![\\p{L}\\p{N}])`, 'u'),
  );
  return (text) => {
    const folded = fold(text);
    return patterns.some((p) => p.test(folded));
  };
}
