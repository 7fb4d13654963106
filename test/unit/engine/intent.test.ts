// The enrich step's intent: questions, complaints (even phrased as questions), praise, the rest; and the step
// sets it on every post it enriches.
import { describe, expect, it } from 'vitest';
import { PostEnricher } from '../../../src/main/engine/enrich/enrich-posts.ts';
import { PostSchema, type Intent } from '../../../src/shared/post.ts';

const enricher = new PostEnricher();
const intentOf = (text: string, lang?: string): Intent | undefined =>
  enricher.enrich([
    PostSchema.parse({
      key: 'x:1',
      network: 'x',
      kind: 'post',
      sourceId: 's',
      author: { id: 'a', name: 'A', isBrand: false },
      text,
      ...(lang ? { lang } : {}),
      createdAt: '2026-03-01T10:00:00Z',
      fetchedAt: '2026-03-01T10:00:00Z',
    }),
  ])[0]?.intent;

describe('intent', () => {
  it.each([
    ['Vous êtes ouverts le dimanche ?', 'question'],
    ['Is the garage open on Sunday?', 'question'],
    ['Accueil vraiment désagréable, deux heures d’attente.', 'complaint'],
    ['Rude staff and a two-hour wait. Avoid.', 'complaint'],
    ['Super accueil ce matin, voiture prête à l’heure. Merci !', 'praise'],
    ['Great service today, thanks to the whole team!', 'praise'],
    ['Voiture déposée ce matin.', 'other'],
  ] as const)('%s → %s', (text, expected) => {
    expect(intentOf(text)).toBe(expected);
  });

  it('a question mark makes a question in a language the wall does not read', () => {
    expect(intentOf('¿Abren el domingo?', 'es')).toBe('question');
    expect(intentOf('Muy buen servicio', 'es')).toBe('other');
  });
});
