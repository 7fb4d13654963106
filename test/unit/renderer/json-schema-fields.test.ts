import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { text } from '../../../src/connectors/shared/option-text.ts';
import { isEssential, schemaFields } from '../../../src/renderer/settings/schema-form/json-schema-fields.ts';

// The options' JSON Schema as the settings API makes it (src/main/secrets/secret-fields.ts).
const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

const schema = jsonSchema(
  z.object({
    bearerToken: z
      .string()
      .min(20)
      .meta({ secret: true })
      .meta(
        text({
          title: 'Bearer token',
          help: 'From developer.x.com.',
          fr: { title: 'Jeton Bearer', help: 'Depuis developer.x.com.' },
        }),
      ),
    pageSize: z
      .number()
      .int()
      .default(100)
      .meta(text({ title: 'Posts per page', fr: { title: 'Publications par page' } })),
    englishOnly: z.string().optional().meta({ title: 'English only', description: 'Only in English.' }),
    brandUserId: z.string().optional(),
  }),
);

describe('schemaFields', () => {
  it('takes the French label and help on a French page', () => {
    const fields = schemaFields(schema, 'fr');
    expect(fields.map((f) => [f.key, f.label, f.description])).toEqual([
      ['bearerToken', 'Jeton Bearer', 'Depuis developer.x.com.'],
      ['pageSize', 'Publications par page', undefined],
      ['englishOnly', 'English only', 'Only in English.'],
      ['brandUserId', 'Brand user id', undefined],
    ]);
    expect(fields[0]?.kind).toBe('secret');
  });

  it('takes the English label and help on an English page', () => {
    expect(schemaFields(schema, 'en').map((f) => [f.key, f.label, f.description])).toEqual([
      ['bearerToken', 'Bearer token', 'From developer.x.com.'],
      ['pageSize', 'Posts per page', undefined],
      ['englishOnly', 'English only', 'Only in English.'],
      ['brandUserId', 'Brand user id', undefined],
    ]);
  });

  it('keeps the same essential fields in both languages', () => {
    const essential = (language: 'fr' | 'en') =>
      schemaFields(schema, language)
        .filter(isEssential)
        .map((f) => f.key);
    expect(essential('fr')).toEqual(essential('en'));
    expect(essential('fr')).toEqual(['bearerToken', 'englishOnly']);
  });

  it('reads the items of a list of objects with their own texts', () => {
    const list = jsonSchema(
      z.object({
        instances: z
          .array(z.object({ url: z.url().meta(text({ title: 'URL', fr: { title: 'Adresse' } })) }))
          .meta(text({ title: 'Instances', fr: { title: 'Instances' } })),
      }),
    );
    const [instances] = schemaFields(list, 'fr');
    expect(instances?.kind).toBe('objects');
    expect(schemaFields(instances?.itemSchema ?? {}, 'fr').map((f) => f.label)).toEqual(['Adresse']);
  });
});
