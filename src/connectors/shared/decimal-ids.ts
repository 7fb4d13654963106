// X and Mastodon ids are decimal strings that outgrow a double's precision (snowflakes): compared as
// strings, by length then digit by digit, never converted to numbers.

export function compareDecimalIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDecimalId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareDecimalIds(a, b) >= 0 ? a : b;
}
