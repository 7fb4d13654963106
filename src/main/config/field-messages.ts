// zod's built-in messages, said the way a settings form says them ("at least 5", "required", "a whole
// number") rather than a type checker's ("Too small: expected number to be >=5"), in French or English.
// What is not covered here falls back to zod's own locale; the schemas' custom messages win over both.
import { z } from 'zod';
import type { Language } from '../../shared/config.ts';

/** The issue as zod hands it to an error customiser. */
type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

interface Words {
  required: string;
  atLeast: (n: string) => string;
  moreThan: (n: string) => string;
  atMost: (n: string) => string;
  lessThan: (n: string) => string;
  atLeastChars: (n: string) => string;
  atMostChars: (n: string) => string;
  addOne: string;
  atLeastItems: (n: string) => string;
  atMostItems: (n: string) => string;
  wholeNumber: string;
  number: string;
  text: string;
  yesNo: string;
  list: string;
  oneOf: (options: string) => string;
  url: string;
  email: string;
  unknownField: string;
}

const WORDS: Record<Language, Words> = {
  fr: {
    required: 'obligatoire',
    atLeast: (n) => `au moins ${n}`,
    moreThan: (n) => `un nombre plus grand que ${n}`,
    atMost: (n) => `au plus ${n}`,
    lessThan: (n) => `un nombre plus petit que ${n}`,
    atLeastChars: (n) => `au moins ${n} caractères`,
    atMostChars: (n) => `${n} caractères au plus`,
    addOne: 'ajoutez-en au moins un',
    atLeastItems: (n) => `au moins ${n} éléments`,
    atMostItems: (n) => `${n} éléments au plus`,
    wholeNumber: 'un nombre entier',
    number: 'un nombre',
    text: 'du texte',
    yesNo: 'oui ou non',
    list: 'une liste',
    oneOf: (options) => `choisissez parmi : ${options}`,
    url: 'une adresse web complète, comme https://exemple.fr',
    email: 'une adresse e-mail, comme it@exemple.fr',
    unknownField: 'champ inconnu (faute de frappe ? il est refusé, pas ignoré)',
  },
  en: {
    required: 'required',
    atLeast: (n) => `at least ${n}`,
    moreThan: (n) => `a number greater than ${n}`,
    atMost: (n) => `at most ${n}`,
    lessThan: (n) => `a number less than ${n}`,
    atLeastChars: (n) => `at least ${n} characters`,
    atMostChars: (n) => `at most ${n} characters`,
    addOne: 'add at least one',
    atLeastItems: (n) => `at least ${n} items`,
    atMostItems: (n) => `at most ${n} items`,
    wholeNumber: 'a whole number',
    number: 'a number',
    text: 'text',
    yesNo: 'yes or no',
    list: 'a list',
    oneOf: (options) => `choose one of: ${options}`,
    url: 'a full web address, like https://example.com',
    email: 'an e-mail address, like it@example.com',
    unknownField: 'unknown field (a typo? it is refused, not ignored)',
  },
};

function bound(value: unknown, language: Language): string {
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(n)
    ? new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 }).format(n)
    : String(value);
}

/** A form's wording of zod's issue, or undefined to leave it to zod's locale. */
export function fieldMessage(issue: RawIssue, language: Language): string | undefined {
  const w = WORDS[language];
  switch (issue.code) {
    case 'too_small': {
      const min = bound(issue.minimum, language);
      if (issue.origin === 'number' || issue.origin === 'bigint')
        return issue.inclusive === false ? w.moreThan(min) : w.atLeast(min);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? w.required : w.atLeastChars(min);
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? w.addOne : w.atLeastItems(min);
      return undefined;
    }
    case 'too_big': {
      const max = bound(issue.maximum, language);
      if (issue.origin === 'number' || issue.origin === 'bigint')
        return issue.inclusive === false ? w.lessThan(max) : w.atMost(max);
      if (issue.origin === 'string') return w.atMostChars(max);
      if (issue.origin === 'array' || issue.origin === 'set') return w.atMostItems(max);
      return undefined;
    }
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null || issue.input === '') return w.required;
      const expected: Record<string, string> = {
        int: w.wholeNumber,
        number: w.number,
        string: w.text,
        boolean: w.yesNo,
        array: w.list,
      };
      return expected[issue.expected];
    }
    case 'invalid_value':
      return issue.values.length > 1 ? w.oneOf(issue.values.map(String).join(', ')) : undefined;
    case 'unrecognized_keys':
      return w.unknownField;
    case 'invalid_format':
      return issue.format === 'url' ? w.url : issue.format === 'email' ? w.email : undefined;
    default:
      return undefined;
  }
}

/** The error customiser a parse takes: the form's words, then zod's locale for the rest. */
export function fieldErrorMap(language: Language): (issue: RawIssue) => string | undefined {
  const locale = language === 'fr' ? z.locales.fr().localeError : z.locales.en().localeError;
  return (issue) => {
    const own = fieldMessage(issue, language);
    if (own !== undefined) return own;
    const fallback = locale(issue);
    return typeof fallback === 'string' ? fallback : fallback?.message;
  };
}
