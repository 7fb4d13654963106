// A cue is a phrase that says more than its words: "toujours pas", "still not", "merci pour rien", "no complaints",
// a bill above the quote, a wait counted in days. Cues are matched on the folded text (tokens.ts: no accents,
// elisions split, tokens joined by single spaces); the words a cue covers are not scored again one by one.
//   complaint: something went wrong for the customer (a promise not kept, a wait, a bill, nobody answering);
//   praise:    praise the words alone would miss or turn around ("pas mal", "nothing to fault");
//   sarcasm:   a mark of irony ("oui oui", "yeah right", a claim in quotes, 🙄): praise near it is not praise;
//   rhetoric:  a question that praises ("que demander de plus ?"): not a question to answer;
//   ask:       a request without a question mark ("je voudrais savoir", "please let me know");
//   mishap:    bad luck nobody is blamed for (a breakdown, an accident): sad, but not a complaint.
import { requiredText } from './required-text.ts';

export type CueRole = 'complaint' | 'praise' | 'sarcasm' | 'rhetoric' | 'ask' | 'mishap';

export interface Cue {
  role: CueRole;
  /** Added to the text's score (negative for complaints). */
  score: number;
  pattern: RegExp;
  /** Every match holds one of these (required-text.ts): a text holding none is not tried. Absent: always tried. */
  required?: readonly string[];
}

/**
 * Whole tokens of the folded text (tokens are joined by single spaces, so a token starts after a space and ends
 * before one); `source` may use the fragments below. A match may start with the space before it.
 */
export function cue(role: CueRole, score: number, source: string): Cue {
  const required = requiredText(source);
  return {
    role,
    score,
    pattern: new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g'),
    ...(required ? { required: [...required] } : {}),
  };
}

/** A small count, in figures or words. */
export const FEW_FR = String.raw`\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|quarante|plusieurs`;
export const FEW_EN = String.raw`\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|forty|several`;
/** An amount of money as written: "380€", "380 €", "380 euros", "$340", "£25". */
export const MONEY = String.raw`[$£€] ?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)? ?(?:€|\$|£|euros?|dollars?|eur|usd)`;
