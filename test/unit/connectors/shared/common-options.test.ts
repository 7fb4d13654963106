// The shared option builders: each keeps its bounds, takes the connector's default (and upper bound where
// they differ), and carries its label in both languages into the options' JSON Schema.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  apiAddress,
  companyRepliesName,
  firstSyncPages,
  graphApiAddress,
  overlapSeconds,
  pagesPerPoll,
  recentRemembered,
  recheckEveryPolls,
  recheckedEachTime,
} from '../../../../src/connectors/shared/common-options.ts';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

describe('common connector options', () => {
  it("recheckEveryPolls: 1 to 1000 polls, the connector's default", () => {
    const schema = recheckEveryPolls(7);
    expect(schema.parse(undefined)).toBe(7);
    expect(schema.safeParse(0).success).toBe(false);
    expect(schema.safeParse(1001).success).toBe(false);
    expect(schema.safeParse(2.5).success).toBe(false);
    expect(jsonSchema(schema)).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 7,
      title: 'Re-check every N polls',
      fr: { title: 'Revérification toutes les N interrogations' },
    });
  });

  it('overlapSeconds: 0 to 3600 seconds', () => {
    const schema = overlapSeconds(120);
    expect(schema.parse(undefined)).toBe(120);
    expect(schema.parse(0)).toBe(0);
    expect(schema.safeParse(3601).success).toBe(false);
    expect(jsonSchema(schema)).toMatchObject({ title: 'Overlap (seconds)', fr: { title: 'Chevauchement (secondes)' } });
  });

  it("pagesPerPoll and firstSyncPages: at least one page, the connector's upper bound", () => {
    const perPoll = pagesPerPoll({ max: 20, default: 5 });
    expect(perPoll.parse(undefined)).toBe(5);
    expect(perPoll.safeParse(0).success).toBe(false);
    expect(perPoll.safeParse(21).success).toBe(false);
    expect(jsonSchema(perPoll)).toMatchObject({
      minimum: 1,
      maximum: 20,
      title: 'Pages per poll, at most',
      fr: { title: 'Pages lues par interrogation, au plus' },
    });

    const firstSync = jsonSchema(firstSyncPages({ max: 10, default: 1 }));
    expect(firstSync).toMatchObject({ minimum: 1, maximum: 10, default: 1, title: 'Pages read on first sync' });
    expect(firstSync).not.toHaveProperty('description');
  });

  it('firstSyncPages of a reviews source says how many reviews a page holds, in both languages', () => {
    expect(jsonSchema(firstSyncPages({ max: 20, default: 4, reviewsPerPage: 50 }))).toMatchObject({
      description: 'Pages of 50 reviews read on the first sync.',
      fr: {
        title: 'Pages lues à la première synchronisation',
        description: 'Pages de 50 avis lues à la première synchronisation.',
      },
    });
  });

  it("re-checked and remembered counts take the network's noun", () => {
    const checked = recheckedEachTime(
      { max: 40, default: 4 },
      { en: 'Statuses re-checked each time', fr: 'Messages revérifiés à chaque fois' },
    );
    expect(checked.parse(0)).toBe(0);
    expect(checked.safeParse(41).success).toBe(false);
    expect(jsonSchema(checked)).toMatchObject({
      default: 4,
      title: 'Statuses re-checked each time',
      fr: { title: 'Messages revérifiés à chaque fois' },
    });

    const remembered = recentRemembered(60, { en: 'Recent statuses remembered', fr: 'Messages récents mémorisés' });
    expect(remembered.safeParse(0).success).toBe(false);
    expect(remembered.safeParse(501).success).toBe(false);
    expect(jsonSchema(remembered)).toMatchObject({
      default: 60,
      minimum: 1,
      maximum: 500,
      fr: { title: 'Messages récents mémorisés' },
    });
  });

  it("API addresses: a URL with the network's default, worded for IT", () => {
    expect(apiAddress('https://api.example.com').parse(undefined)).toBe('https://api.example.com');
    expect(apiAddress('https://api.example.com').safeParse('not a url').success).toBe(false);
    expect(jsonSchema(apiAddress('https://api.example.com'))).toMatchObject({
      title: 'API URL',
      fr: { title: 'Adresse de l’API' },
    });
    expect(jsonSchema(graphApiAddress('https://graph.example.com/v1'))).toMatchObject({
      default: 'https://graph.example.com/v1',
      title: 'Graph API URL',
      fr: { title: 'Adresse de l’API Graph' },
    });
  });

  it('companyRepliesName: 1 to 100 characters, "Réponse de l\'entreprise" by default', () => {
    expect(companyRepliesName().parse(undefined)).toBe("Réponse de l'entreprise");
    expect(companyRepliesName().safeParse('').success).toBe(false);
    expect(companyRepliesName().safeParse('x'.repeat(101)).success).toBe(false);
  });
});
