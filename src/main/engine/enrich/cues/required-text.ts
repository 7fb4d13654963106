// Which pieces of text a cue cannot match without: for each cue, a few literal strings, one of which every match
// contains. Reading a post then tries only the cues whose pieces its words start (cue-index.ts) instead of running
// some hundred patterns over every post: ingest keeps its pace. Worked out from the pattern itself by a small
// parser of the regular-expression syntax the cue files use (groups, lookarounds, alternation, quantifiers,
// classes, escapes); undefined when no such set exists ("[0-3] / 10"): that cue is always tried. A piece that
// begins where a token begins starts with a space (the cue patterns match whole tokens joined by spaces).

type Required = ReadonlySet<string> | undefined;

/** Literal runs shorter than this are not worth a test ("en", "a"): a path through them counts as unknown. */
const SHORTEST = 3;
/** A symbol is rare enough to be worth a test however short ("«", "/", an emoji). */
const SYMBOL = /[^\p{L}\p{N}\s']/u;

interface Parser {
  source: string;
  at: number;
}

export function requiredText(source: string): Required {
  const parser: Parser = { source, at: 0 };
  const result = alternation(parser, true);
  if (parser.at !== source.length)
    throw new Error(`cue pattern: unexpected "${source[parser.at]}" at ${parser.at} in ${source}`);
  return result;
}

/** a|b|c: every branch must guarantee something. `atToken`: the alternation starts where a token starts. */
function alternation(p: Parser, atToken: boolean): Required {
  const branches: Required[] = [sequence(p, atToken)];
  while (p.source[p.at] === '|') {
    p.at++;
    branches.push(sequence(p, atToken));
  }
  if (branches.some((b) => b === undefined)) return undefined;
  return new Set(branches.flatMap((b) => [...(b ?? [])]));
}

/**
 * A sequence: the best guarantee of its mandatory parts — the one whose shortest string is longest (short words
 * like "pas" or "pour" are in most posts and filter nothing), then the fewest strings.
 */
function sequence(p: Parser, startsAtToken: boolean): Required {
  let best: Required;
  let literal = '';
  // Whether the next character of the pattern matches at the start of a token, and whether the run did.
  let atToken = startsAtToken;
  let runAtToken = false;
  const consider = (candidate: Required): void => {
    if (!candidate) return;
    const [shortestNew, shortestBest] = [shortest(candidate), shortest(best)];
    if (!best || shortestNew > shortestBest || (shortestNew === shortestBest && candidate.size < best.size))
      best = candidate;
  };
  const flush = (): void => {
    const piece = runAtToken && !literal.startsWith(' ') ? ` ${literal}` : literal;
    const text = literal.trim();
    // A short word is still worth filing when it surely starts a token ("en 30 minutes").
    if (text.length >= SHORTEST || SYMBOL.test(text) || (piece.startsWith(' ') && text.length >= 2))
      consider(new Set([piece]));
    literal = '';
  };
  while (p.at < p.source.length && p.source[p.at] !== '|' && p.source[p.at] !== ')') {
    const char = p.source[p.at] ?? '';
    if (char === '(') {
      flush();
      const lookaround = p.source.startsWith('(?=', p.at) || p.source.startsWith('(?!', p.at);
      const lookbehind = p.source.startsWith('(?<=', p.at) || p.source.startsWith('(?<!', p.at);
      p.at += lookbehind ? 4 : lookaround || p.source.startsWith('(?:', p.at) ? 3 : 1;
      const inner = alternation(p, atToken);
      if (p.source[p.at] !== ')') throw new Error(`cue pattern: unclosed group in ${p.source}`);
      p.at++;
      const optional = quantifierAllowsNone(p);
      if (!optional && !lookaround && !lookbehind) consider(inner);
      if (!lookaround && !lookbehind) atToken = false;
    } else if (char === '[') {
      flush();
      skipClass(p);
      quantifierAllowsNone(p);
      atToken = false;
    } else if (char === '\\') {
      flush();
      p.at += p.source[p.at + 1] === 'p' || p.source[p.at + 1] === 'P' ? p.source.indexOf('}', p.at) + 1 - p.at : 2;
      quantifierAllowsNone(p);
      atToken = false;
    } else if ('.^$'.includes(char)) {
      flush();
      p.at++;
      quantifierAllowsNone(p);
      if (char === '.') atToken = false;
    } else {
      p.at++;
      if (isQuantifier(p.source[p.at])) {
        // The quantified character may be missing (or repeated): the literal run stops before it.
        flush();
        quantifierAllowsNone(p);
        atToken = false;
      } else {
        if (literal === '') runAtToken = atToken;
        literal += char;
        atToken = char === ' ';
      }
    }
  }
  flush();
  return best;
}

function isQuantifier(char: string | undefined): boolean {
  return char === '?' || char === '*' || char === '+' || char === '{';
}

/** Consumes a quantifier after an atom; whether it allows zero occurrences. */
function quantifierAllowsNone(p: Parser): boolean {
  const char = p.source[p.at];
  if (char === '?' || char === '*') {
    p.at++;
    if (p.source[p.at] === '?') p.at++;
    return true;
  }
  if (char === '+') {
    p.at++;
    return false;
  }
  if (char === '{') {
    const end = p.source.indexOf('}', p.at);
    const min = Number(p.source.slice(p.at + 1, end).split(',')[0]);
    p.at = end + 1;
    return min === 0;
  }
  return false;
}

function skipClass(p: Parser): void {
  p.at++;
  while (p.at < p.source.length && p.source[p.at] !== ']') p.at += p.source[p.at] === '\\' ? 2 : 1;
  p.at++;
}

function shortest(set: ReadonlySet<string> | undefined): number {
  return set ? Math.min(...[...set].map((s) => s.trim().length)) : 0;
}
