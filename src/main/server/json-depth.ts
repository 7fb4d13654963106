// How deep a JSON text nests, measured on the text before it is parsed: a body of 100,000 `[` parses fine but
// overflows the stack of whatever walks it recursively next (serialisation, validation), so it is refused first.

/** Deepest nesting a request body may have (a configuration or a review is well under 20). */
export const MAX_JSON_DEPTH = 64;

/** True when the arrays and objects of `text` nest deeper than `maxDepth` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
