import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/connectors/demo/fill-template.ts';
import { mixSeed, mulberry32, SeededRandom } from '../../../src/connectors/demo/seeded-random.ts';
import { extractHashtags, extractMentions } from '../../../src/connectors/shared/text-entities.ts';
import { BRAND_REPLIES } from '../../../src/connectors/demo/corpus/brand-replies.ts';
import { CUSTOMER_TEXTS } from '../../../src/connectors/demo/corpus/customer-texts.ts';
import { DEMO_IMAGES } from '../../../src/connectors/demo/corpus/images.ts';

describe('seeded random', () => {
  it('repeats its sequence for a seed, and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    const c = mulberry32(43);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('spreads values evenly', () => {
    const rng = new SeededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(rng.float() * 10)]! += 1;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });

  it('mixes every part of the seed, including slot numbers beyond 32 bits', () => {
    expect(mixSeed(42, 1, 1)).not.toBe(mixSeed(42, 2, 1));
    expect(mixSeed(42, 1, 1)).not.toBe(mixSeed(42, 1, 2));
    expect(mixSeed(42, 5, 1)).not.toBe(mixSeed(42, 5 + 2 ** 32, 1));
    expect(mixSeed(42, 5, 1)).toBe(mixSeed(42, 5, 1));
  });

  it('picks by weight', () => {
    const rng = new SeededRandom(3);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted({ a: 3, b: 1 }) === 'a') a++;
    expect(a / 10_000).toBeGreaterThan(0.72);
    expect(a / 10_000).toBeLessThan(0.78);
  });
});

describe('text entities', () => {
  it('lists hashtags and mentions without their sign, once each', () => {
    const text = 'Merci @ateliernova ! #AtelierNova #Lyon #ateliernova, cc @julie.martin.';
    expect(extractHashtags(text)).toEqual(['AtelierNova', 'Lyon']);
    expect(extractMentions(text)).toEqual(['ateliernova', 'julie.martin']);
  });

  it('ignores e-mail addresses, HTML entities and "C#"', () => {
    expect(extractMentions('write to service@ateliernova.fr')).toEqual([]);
    expect(extractHashtags('I code in C# &#39;fun&#39;')).toEqual([]);
    expect(extractHashtags('Pneus hiver ❄️ #Montagne')).toEqual(['Montagne']);
  });
});

describe('demo corpus', () => {
  const values = {
    garage: 'G',
    city: 'C',
    cityTag: 'T',
    car: 'K',
    ev: 'E',
    staff: 'S',
    quote: '1',
    bill: '2',
    first: 'F',
    sig: '— X',
  };
  const sentences = [
    ...Object.values(CUSTOMER_TEXTS).flatMap((byLang) => [...byLang.fr, ...byLang.en]),
    ...Object.values(BRAND_REPLIES).flatMap((byLang) => [...byLang.fr, ...byLang.en]),
    ...DEMO_IMAGES.flatMap((i) => [...i.captions.fr, ...i.captions.en]),
  ];

  it('only uses placeholders the generator fills', () => {
    expect(sentences.length).toBeGreaterThan(150);
    for (const s of sentences) expect(fillTemplate(s, values)).not.toMatch(/[{}]/);
    expect(() => fillTemplate('at {nowhere}', values)).toThrow(/nowhere/);
  });

  it('has French and English for every topic', () => {
    for (const [topic, byLang] of Object.entries(CUSTOMER_TEXTS)) {
      expect(byLang.fr.length, topic).toBeGreaterThan(0);
      expect(byLang.en.length, topic).toBeGreaterThan(0);
    }
    for (const [topic, byLang] of Object.entries(BRAND_REPLIES)) {
      expect(byLang.fr.length, topic).toBeGreaterThan(0);
      expect(byLang.en.length, topic).toBeGreaterThan(0);
    }
  });
});
