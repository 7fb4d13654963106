// The enrich step's tone: French and English samples, negation, emoji, language choice, thresholds, and the
// demo source's output coming out as its authors meant it.
import { describe, expect, it } from 'vitest';
import { CUSTOMER_TEXTS } from '../../../src/connectors/demo/corpus/customer-texts.ts';
import { PostEnricher } from '../../../src/main/engine/enrich/enrich-posts.ts';
import { guessLanguage, languageTag } from '../../../src/main/engine/enrich/language.ts';
import { tokenise } from '../../../src/main/engine/enrich/text/tokens.ts';
import { PostClassifier } from '../../../src/main/engine/enrich/post-classifier.ts';
import { PostSchema, type Sentiment } from '../../../src/shared/post.ts';
import { createDemo, FRIDAY_NOON, pollDemo } from '../connectors/demo-test-helpers.ts';

const classifier = new PostClassifier();
const tone = (text: string, lang?: string): Sentiment | undefined => classifier.classify(text, lang).sentiment;

describe('sentiment', () => {
  it.each([
    ['Super accueil ce matin, voiture prête à l’heure. Merci !', 'positive'],
    ['Franchement le meilleur garage de Lyon, équipe au top.', 'positive'],
    ['Accueil vraiment désagréable, deux heures d’attente.', 'negative'],
    ['Facture salée et voiture toujours en retard, inadmissible.', 'negative'],
    ['Vous êtes ouverts le dimanche ?', 'neutral'],
    ['Great service today, thanks to the whole team!', 'positive'],
    ['Rude staff and a two-hour wait. Avoid.', 'negative'],
    ['Is the garage open on Sunday?', 'neutral'],
  ] as const)('%s → %s', (text, expected) => {
    expect(tone(text)).toBe(expected);
  });

  it('reads French negation: "pas", "jamais", "ne … pas", "sans", and "jamais aussi" as praise', () => {
    expect(tone('Le service est bon.')).toBe('positive');
    expect(tone('Le service n’est pas bon.')).toBe('negative');
    expect(tone('Je recommande ce garage.')).toBe('positive');
    expect(tone('Je ne recommande pas ce garage.')).toBe('negative');
    expect(tone('Client depuis 4 ans, jamais déçu.')).toBe('positive');
    expect(tone('Réparé sans problème.')).toBe('positive');
    expect(tone('Ma voiture n’a jamais aussi bien roulé.')).toBe('positive');
  });

  it('reads English negation beyond the one word the library handles', () => {
    expect(tone('The repair was good.')).toBe('positive');
    expect(tone('The repair was not good.')).toBe('negative');
    expect(tone('Never been disappointed here.')).toBe('positive');
    expect(tone('The staff at the desk was friendly.')).toBe('positive');
    expect(tone("The staff at the desk wasn't really friendly.")).toBe('negative');
  });

  it('counts emoji, with or without a variation selector, glued to a word or not', () => {
    expect(tone('Voiture récupérée 😍')).toBe('positive');
    expect(tone('Love it ❤️')).toBe('positive');
    expect(tone('Voiture récupérée👍')).toBe('positive');
    expect(tone('Voiture récupérée 😡😡')).toBe('negative');
    expect(tone('Voiture récupérée')).toBe('neutral');
  });

  it('takes the language from post.lang, else guesses it; other languages get no tone', () => {
    expect(languageTag('fr-CA')).toBe('fr');
    expect(languageTag('en-GB')).toBe('en');
    expect(languageTag('es')).toBe('other');
    expect(languageTag('und')).toBeUndefined();
    expect(classifier.classify('le garage est très bien', 'en-GB').language).toBe('en');
    expect(guessLanguage(tokenise("c'est très bien, merci pour la réparation"))).toBe('fr');
    expect(guessLanguage(tokenise('thanks for the quick repair, the team was great'))).toBe('en');
    expect(guessLanguage(tokenise('réparé'))).toBe('fr');
    expect(tone('Muy buen servicio', 'es')).toBeUndefined();
    // "bon" is only a French word: scored as English, this text would have no tone at all.
    expect(tone('Très bon garage', 'fr')).toBe('positive');
    // No common word of either language: the words the French lists know decide.
    expect(classifier.classify('Service client injoignable, chat automatique inutile.').language).toBe('fr');
    expect(classifier.classify('jamai vu sa, 3h pr changer 1 pneu').language).toBe('fr');
  });

  it('the enrich step overwrites what a connector claimed and gives deleted posts none', () => {
    const base = {
      network: 'x',
      kind: 'post',
      sourceId: 's',
      author: { id: 'a', name: 'A', isBrand: false },
      createdAt: '2026-03-01T10:00:00Z',
      fetchedAt: '2026-03-01T10:00:00Z',
    } as const;
    const claimed = PostSchema.parse({ ...base, key: 'x:1', text: 'Horrible, never again.', sentiment: 'positive' });
    const plain = PostSchema.parse({ ...base, key: 'x:2', text: 'Horrible, never again.' });
    const gone = PostSchema.parse({ ...base, key: 'x:3', text: '', state: 'deleted' });
    const [a, b, c] = new PostEnricher().enrich([claimed, plain, gone]);
    expect(a?.sentiment).toBe('negative');
    expect(b?.sentiment).toBe('negative');
    // Same content, same JSON: the key lands in the same place whatever the connector sent.
    expect(JSON.stringify({ ...a, key: 'x:2' })).toBe(JSON.stringify(b));
    expect(c?.sentiment).toBeUndefined();
  });

  it('the demo corpus comes out as meant: praise mostly positive, complaints mostly negative', () => {
    const split = (topics: (keyof typeof CUSTOMER_TEXTS)[]) => {
      const counts = { positive: 0, neutral: 0, negative: 0 };
      for (const topic of topics) {
        for (const lang of ['fr', 'en'] as const) {
          for (const text of CUSTOMER_TEXTS[topic][lang]) {
            const found = tone(text.replace(/\{\w+\}/g, 'X'), lang);
            if (found) counts[found] += 1;
          }
        }
      }
      return counts;
    };
    const praise = split(['praise']);
    const complaints = split(['late', 'price', 'desk']);
    expect(praise.positive / (praise.positive + praise.neutral + praise.negative)).toBeGreaterThanOrEqual(0.7);
    expect(
      complaints.negative / (complaints.positive + complaints.neutral + complaints.negative),
    ).toBeGreaterThanOrEqual(0.5);
    expect(complaints.negative).toBeGreaterThan(2 * complaints.positive);
  });

  it('on the demo source output, bad ratings read negative and good ones positive', async () => {
    const { items } = await pollDemo(
      createDemo({ now: FRIDAY_NOON }, { backfillHours: 72, postEverySeconds: 60 }),
      undefined,
    );
    const posts = new PostEnricher().enrich(
      items.map((item) =>
        PostSchema.parse({ ...item, sourceId: 'demo', fetchedAt: new Date(FRIDAY_NOON).toISOString() }),
      ),
    );
    const byRating = (keep: (rating: number) => boolean) => {
      const counts = { positive: 0, neutral: 0, negative: 0 };
      for (const p of posts) if (p.rating !== undefined && keep(p.rating) && p.sentiment) counts[p.sentiment] += 1;
      return counts;
    };
    const bad = byRating((r) => r <= 2);
    const good = byRating((r) => r >= 4);
    expect(bad.negative + bad.neutral + bad.positive).toBeGreaterThan(10);
    expect(bad.negative).toBeGreaterThan(2 * bad.positive);
    expect(good.positive).toBeGreaterThan(3 * good.negative);
    // Every customer post in the demo is French or English: each one gets a tone.
    expect(posts.every((p) => p.sentiment !== undefined)).toBe(true);
  });
});
