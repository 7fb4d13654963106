// The cues worth trying on a text, found from its tokens: each cue is filed under the first word of the pieces it
// cannot match without (required-text.ts), so a post is tried against the handful of cues its words can start
// rather than all of them. Pieces that may begin inside a word are tested as substrings; a cue with no such
// pieces at all is always tried. Cues keep their order (praise idioms first: read-text.ts).
import type { TokenisedText } from '../text/tokens.ts';
import type { Cue } from './cue.ts';

export class CueIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Prefixes by their first three letters: one lookup per token, then a startsWith per prefix filed there. */
  private readonly byPrefix = new Map<string, { prefix: string; cues: number[] }[]>();
  private readonly bySubstring: { cue: number; pieces: string[] }[] = [];
  private readonly always: number[] = [];
  private readonly seen = new Map<string, readonly number[]>();

  constructor(private readonly cues: readonly Cue[]) {
    cues.forEach((cue, index) => {
      if (!cue.required) {
        this.always.push(index);
        return;
      }
      const inside: string[] = [];
      for (const piece of cue.required) {
        const trigger = triggerOf(piece);
        if (!trigger) inside.push(piece);
        else if (trigger.whole) file(this.byWord, trigger.word, index);
        else this.filePrefix(trigger.word, index);
      }
      if (inside.length) this.bySubstring.push({ cue: index, pieces: inside });
    });
  }

  /** The cues a word can start, looked up once per word: posts share most of their words. */
  private startedBy(word: string): readonly number[] {
    const known = this.seen.get(word);
    if (known) return known;
    const started = [...(this.byWord.get(word) ?? [])];
    for (const { prefix, cues } of this.byPrefix.get(word.length <= HEAD ? word : word.slice(0, HEAD)) ?? [])
      if (word.startsWith(prefix)) started.push(...cues);
    // Bounded: a flood of unique strings cannot grow it without end.
    if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
    this.seen.set(word, started);
    return started;
  }

  private filePrefix(prefix: string, index: number): void {
    const head = prefix.slice(0, HEAD);
    const entries = this.byPrefix.get(head) ?? [];
    const entry = entries.find((e) => e.prefix === prefix);
    if (entry) entry.cues.push(index);
    else entries.push({ prefix, cues: [index] });
    this.byPrefix.set(head, entries);
  }

  /** The cues `text` may match, in their order. */
  candidates(text: TokenisedText): Cue[] {
    const chosen = new Uint8Array(this.cues.length);
    for (const index of this.always) chosen[index] = 1;
    for (const token of text.tokens) for (const index of this.startedBy(token.folded)) chosen[index] = 1;
    for (const { cue, pieces } of this.bySubstring) {
      if (!chosen[cue] && pieces.some((piece) => text.joined.includes(piece))) chosen[cue] = 1;
    }
    return this.cues.filter((_, index) => chosen[index] === 1);
  }
}

/**
 * The word of a piece a post's token must be (whole) or start with (not whole: the piece may end inside a word,
 * "attend" in "attends"): its longest word that surely starts at a token — "attente" in " d' attente" rather than
 * "d'", which most French posts hold. Undefined when no word of the piece surely starts a token.
 */
function triggerOf(piece: string): { word: string; whole: boolean } | undefined {
  const parts = piece.split(' ');
  let best: { word: string; whole: boolean } | undefined;
  parts.forEach((word, i) => {
    // The first part starts a token only when the piece starts with a space (then it is the empty string).
    if (i === 0 || word === '') return;
    const whole = i < parts.length - 1;
    if (!best || word.length > best.word.length || (word.length === best.word.length && whole && !best.whole))
      best = { word, whole };
  });
  return best;
}

/** Pieces are at least this long, symbols aside (required-text.ts): shorter ones are filed whole. */
const HEAD = 3;
const SEEN_LIMIT = 20_000;

function file(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
