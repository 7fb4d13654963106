// npm run eval: the classifiers against the evaluation set (eval/set/*.jsonl), written and labelled by hand for
// this project (docs/statistics.md says how). Figures for the held-out part (the ones to report) and the tuning
// part, per language: accuracy, macro-F1, per-class recall, confusion matrices, and recall by phenomenon (tags).
// The language is not given to the classifier: it guesses it, as for a post whose network does not say.
//   npm run eval                      figures
//   npm run eval -- --errors tune     also the tuning part's mistakes (never tune on the held-out part's)
//   npm run eval -- --json out.json   also the figures as JSON
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PostClassifier } from '../src/main/engine/enrich/post-classifier.ts';
import { INTENTS, SENTIMENTS } from '../src/shared/post.ts';
import { figures, type Figures } from './metrics.ts';

const LANGUAGES = ['fr', 'en'] as const;
const SPLITS = ['held-out', 'tune'] as const;
type Split = (typeof SPLITS)[number];

const ItemSchema = z.object({
  id: z.string(),
  split: z.enum(SPLITS),
  sentiment: z.enum(SENTIMENTS),
  intent: z.enum(INTENTS),
  domain: z.string(),
  tags: z.array(z.string()),
  text: z.string().min(1),
});
type Item = z.infer<typeof ItemSchema> & { lang: (typeof LANGUAGES)[number] };

/** The issue's aims, on the held-out part. */
const AIMS = { sentimentMacroF1: 0.85, intentMacroF1: 0.8, negativeRecall: 0.85 };

function load(): Item[] {
  return LANGUAGES.flatMap((lang) =>
    readFileSync(join(import.meta.dirname, 'set', `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        const parsed = ItemSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`eval/set/${lang}.jsonl line ${i + 1}: ${parsed.error.message}`);
        return { ...parsed.data, lang };
      }),
  );
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

function table<L extends string>(title: string, f: Figures<L>): string {
  const width = Math.max(...f.labels.map((l) => l.length), 9);
  const pad = (s: string | number): string => String(s).padStart(width);
  const lines = [
    `${title}: n=${f.total}  accuracy ${pct(f.accuracy)}  macro-F1 ${f.macroF1.toFixed(3)}`,
    `  recall    ${f.labels.map((l) => `${l} ${pct(f.perClass[l].recall)} (${f.perClass[l].support})`).join('  ')}`,
    `  ${'gold \\ predicted'.padEnd(width + 8)}${f.labels.map(pad).join(' ')}`,
    ...f.labels.map((gold) => `  ${gold.padEnd(width + 8)}${f.labels.map((p) => pad(f.confusion[gold][p])).join(' ')}`),
  ];
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsOf = args.includes('--errors') ? (args[args.indexOf('--errors') + 1] as Split) : undefined;
  const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const classifier = new PostClassifier();
  const items = load();
  const results = items.map((item) => ({ item, got: classifier.classify(item.text) }));
  const report: Record<string, unknown> = {};
  const out: string[] = [];
  const misses: string[] = [];

  for (const split of SPLITS) {
    out.push(`\n=== ${split} part ===`);
    for (const lang of [...LANGUAGES, 'all'] as const) {
      const inPart = results.filter((r) => r.item.split === split && (lang === 'all' || r.item.lang === lang));
      const sentiment = figures(
        SENTIMENTS,
        inPart.map((r) => ({ gold: r.item.sentiment, predicted: r.got.sentiment ?? 'neutral' })),
      );
      const intent = figures(
        INTENTS,
        inPart.map((r) => ({ gold: r.item.intent, predicted: r.got.intent })),
      );
      const languageRight = inPart.filter((r) => r.got.language === r.item.lang).length;
      out.push(
        `\n--- ${lang} (${inPart.length} posts; language guessed right: ${pct(languageRight / inPart.length)}) ---`,
      );
      out.push(table('sentiment', sentiment), table('intent', intent));
      report[`${split}/${lang}`] = { sentiment, intent };
      if (split === 'held-out' && lang !== 'all') {
        if (sentiment.perClass.negative.recall < AIMS.negativeRecall) misses.push(`${lang} negative recall`);
      }
      if (split === 'held-out' && lang === 'all') {
        if (sentiment.macroF1 < AIMS.sentimentMacroF1) misses.push('sentiment macro-F1');
        if (intent.macroF1 < AIMS.intentMacroF1) misses.push('intent macro-F1');
      }
    }
    const tags = [...new Set(results.flatMap((r) => r.item.tags))].sort();
    const byTag = tags.map((tag) => {
      const tagged = results.filter((r) => r.item.split === split && r.item.tags.includes(tag));
      const right = tagged.filter((r) => (r.got.sentiment ?? 'neutral') === r.item.sentiment).length;
      const intentRight = tagged.filter((r) => r.got.intent === r.item.intent).length;
      return `${tag} ${right}/${tagged.length} · ${intentRight}/${tagged.length}`;
    });
    out.push(`\nright by phenomenon (sentiment · intent): ${byTag.join('  ')}`);
  }
  out.push(
    `\nAims on the held-out part (sentiment macro-F1 ≥ ${AIMS.sentimentMacroF1}, intent macro-F1 ≥ ${AIMS.intentMacroF1},` +
      ` negative recall ≥ ${AIMS.negativeRecall} in each language): ${misses.length ? `missed: ${misses.join(', ')}` : 'all met'}`,
  );
  if (errorsOf) {
    out.push(`\n=== mistakes in the ${errorsOf} part ===`);
    for (const { item, got } of results) {
      if (item.split !== errorsOf) continue;
      if ((got.sentiment ?? 'neutral') === item.sentiment && got.intent === item.intent) continue;
      out.push(`${item.id} ${item.sentiment}/${item.intent} → ${got.sentiment ?? '-'}/${got.intent}  ${item.text}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
}

main();
