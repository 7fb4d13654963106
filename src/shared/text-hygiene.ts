// What a post's words may hold before they reach a screen or a statistic: no control characters, no
// embedding or override characters (isolates stay: each text is isolated on screen, so they cannot leak),
// no wall of blank lines, no tower of combining marks. Pure: the engine cleans at validation, the
// renderer cleans the text nodes of rich text with the same rules.

// C0 controls but the line feed, DEL, C1 controls, the BOM / zero-width no-break space and the
// interlinear annotation characters. (Matching control characters is this file's whole point.)
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF\uFFF9-\uFFFB]/g;
/** LRE, RLE, PDF, LRO, RLO: they reorder what follows them (isolates U+2066–2069 are kept). */
const EMBEDDINGS = /[\u202A-\u202E]/g;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\r\u000B\u000C\u0085\u2028\u2029]/g;
/** More than four combining marks on one character is decoration that spills over the next lines. */
const MARK_TOWERS = /(\p{M}{4})\p{M}+/gu;
/** Half a surrogate pair (a cut made by someone else): not a character. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Whatever one of cleanText's passes would change, but the ends (trimmed anyway): most texts have none of it, and
 * skip the passes. A lone surrogate is matched as one (with the u flag, a well-formed pair is one character).
 */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB\u202A-\u202E\u2028\u2029]|\p{M}{5}|[^\S\n]\n|\n\n\n/u;

/** A text of several lines: paragraphs kept, at most one blank line between them, trimmed. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return (
    text
      .replace(LONE_SURROGATES, '')
      .replace(LINE_BREAKS, '\n')
      .replace(/\t/g, ' ')
      .replace(CONTROLS, '')
      .replace(EMBEDDINGS, '')
      .replace(MARK_TOWERS, '$1')
      // Lines of nothing but spaces are blank lines; trailing spaces go.
      .replace(/[^\S\n]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A name, a handle, a warning: one line, single spaces. */
export function cleanLine(text: string): string {
  const clean = cleanText(text);
  return /[^\S ]| {2}/.test(clean) ? clean.replace(/\s+/g, ' ') : clean;
}

/** Cut to `max` characters (never inside a surrogate pair), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = [...text.slice(0, max - 1)];
  // A slice may end in half a surrogate pair: the spread above split it into a lone surrogate.
  const last = cut.at(-1);
  if (last && /[\uD800-\uDBFF]/.test(last)) cut.pop();
  return `${cut.join('').trimEnd()}…`;
}

/** Nothing a reader would see: spaces, format characters (zero-width, direction marks) and lone marks only. */
export function isBlank(text: string): boolean {
  return !/[^\s\p{Cf}\p{M}]/u.test(text);
}

/** A text node of rich text: no controls or overrides, no wall of blank lines (its spaces belong to the markup). */
export function cleanHtmlText(text: string): string {
  return text
    .replace(LONE_SURROGATES, '')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, (c) => (c === '\t' ? ' ' : ''))
    .replace(EMBEDDINGS, '')
    .replace(MARK_TOWERS, '$1')
    .replace(/\n\s*\n(\s*\n)+/g, '\n\n');
}
