// One case or a few per rule of the classifiers (src/main/engine/enrich/): reading the text, the word lists,
// negation, intensity and contrast, each family of cues, sarcasm, questions, bad luck, and the language guess.
// The evaluation set (npm run eval) says how well they do together; these say that each rule does its part.
import { describe, expect, it } from 'vitest';
import { PostClassifier, type Classification } from '../../../src/main/engine/enrich/post-classifier.ts';
import { loadWordScores } from '../../../src/main/engine/enrich/lexicon/word-scores.ts';
import { fold, skeleton, tokenise, withShorthand } from '../../../src/main/engine/enrich/text/tokens.ts';

const classifier = new PostClassifier();
const read = (text: string, lang?: string): Classification => classifier.classify(text, lang);
const tone = (text: string, lang?: string) => read(text, lang).sentiment;
const intent = (text: string, lang?: string) => read(text, lang).intent;

describe('reading the text', () => {
  it('folds accents and long repeats, splits elisions, keeps emoji and punctuation as tokens', () => {
    expect(fold('déçuuuu')).toBe('decu');
    expect(fold('cœur')).toBe('coeur');
    expect(skeleton('dissapointed')).toBe(skeleton('disappointed'));
    const text = tokenise("Je n'ai rien reçu 😡 !! https://x.co/1 @marque #SAV");
    expect(text.tokens.map((t) => t.folded)).toEqual(['je', "n'", 'ai', 'rien', 'recu', '😡', '!', 'sav']);
    expect(text.joined).toBe("je n' ai rien recu 😡 ! sav");
  });

  it('reads shorthand as the word it stands for, in the language of the text', () => {
    expect(withShorthand(tokenise('tjrs pas reçu'), 'fr').joined).toBe('toujours pas recu');
    expect(withShorthand(tokenise('thx u r great'), 'en').joined).toBe('thanks you are great');
  });

  it('finds a word through its inflection, its missing accents and its typos', () => {
    const words = loadWordScores();
    expect(words.fr.score('decues')).toBe(words.fr.score('decu'));
    expect(words.fr.score('annulees')).toBeLessThan(0);
    expect(words.en.score('dissapointed')).toBe(words.en.score('disappointed'));
    // AFINN-fr's mistakes are corrected: "plus" and "prix" say nothing, "vol" is a flight.
    expect(words.fr.score('plus')).toBe(0);
    expect(words.fr.score('prix')).toBe(0);
    expect(words.fr.score('vol')).toBe(0);
  });
});

describe('negation, intensity, contrast', () => {
  it('flips a word after a negator, "ne … pas" included, but not across a comparison', () => {
    expect(tone('Le service n’est pas bon.')).toBe('negative');
    expect(tone('The repair was not good.')).toBe('negative');
    expect(tone('Ma voiture n’a jamais aussi bien roulé.')).toBe('positive');
    expect(tone('I have never had such a pleasant flight.')).toBe('positive');
  });

  it('"zéro" and "aucun" negate: a missing thing is a complaint', () => {
    expect(read('Zéro professionnalisme.')).toMatchObject({ sentiment: 'negative', intent: 'complaint' });
    expect(read('Aucune réponse à mes mails.')).toMatchObject({ sentiment: 'negative', intent: 'complaint' });
    expect(read('Zero communication all week.')).toMatchObject({ sentiment: 'negative', intent: 'complaint' });
  });

  it('negated complaints are praise: "jamais déçu", "pas mal", "no complaints", "rien à redire"', () => {
    for (const text of ['Jamais déçu en 6 ans.', 'Pas mal du tout !', 'No complaints at all.', 'Rien à redire.'])
      expect(read(text)).toMatchObject({ sentiment: 'positive', intent: 'praise' });
  });

  it('what follows "mais" / "but" weighs more than what precedes it', () => {
    expect(tone('Personnel sympa, mais 4 jours pour des plaquettes c’est abusé.')).toBe('negative');
    expect(tone('A bit of a wait but the work is flawless.')).toBe('positive');
  });
});

describe('complaint cues', () => {
  it.each([
    ['Toujours pas de nouvelles de ma voiture.', 'fr'],
    ['Still not fixed after two visits.', 'en'],
    ['I have yet to hear back from anyone.', 'en'],
    ['Devis à 380 €, facture à 612 €.', 'fr'],
    ['Quoted $340, billed $590.', 'en'],
    ['Ça fait 3 semaines que j’attends.', 'fr'],
    ['2 hours on hold.', 'en'],
    ['Personne ne rappelle.', 'fr'],
    ['Nobody answers the phone.', 'en'],
    ['Je n’ai jamais reçu mon colis.', 'fr'],
    ['Never received my parcel.', 'en'],
    ['Plus jamais.', 'fr'],
    ['Never again.', 'en'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ sentiment: 'negative', intent: 'complaint' });
  });
});

describe('sarcasm', () => {
  it('praise beside a complaint is irony', () => {
    expect(tone('Bravo, 3 semaines pour une pièce « en stock ». Vraiment chapeau.')).toBe('negative');
    expect(tone('Great job, logistics: package arrived opened and half empty.')).toBe('negative');
    expect(tone('Merci pour rien.')).toBe('negative');
    expect(tone('Thanks for nothing.')).toBe('negative');
  });

  it('a praise word standing alone beside a long wait or a pause for effect is irony', () => {
    expect(tone('Formidable. Ma réclamation a été traitée en 4 mois.')).toBe('negative');
    expect(tone('Great, my parcel toured the country before landing… at my neighbour’s.')).toBe('negative');
  });

  it('plain praise stays praise', () => {
    expect(read('Bravo à l’équipe, voiture prête avant l’heure !')).toMatchObject({
      sentiment: 'positive',
      intent: 'praise',
    });
    expect(read('Refund received 48h after the cancellation, hats off.')).toMatchObject({ sentiment: 'positive' });
  });
});

describe('questions', () => {
  it('a question mark or a French interrogative opening asks; courtesy in a question is not praise', () => {
    expect(read('Combien pour une vidange ? Merci')).toMatchObject({ sentiment: 'neutral', intent: 'question' });
    expect(read('Pouvez-vous me rappeler demain')).toMatchObject({ intent: 'question' });
    expect(read('Do you take Apple Pay? Thanks!')).toMatchObject({ sentiment: 'neutral', intent: 'question' });
    expect(read('Can you let me know when it is ready')).toMatchObject({ intent: 'question' });
  });

  it('a complaint phrased as a question is a complaint; a question that praises is praise', () => {
    expect(intent('Pourquoi personne ne répond jamais aux mails ?')).toBe('complaint');
    expect(intent('Quoted $340, billed $590. Care to explain?')).toBe('complaint');
    expect(read('Accueil nickel, prix respecté. Que demander de plus ?')).toMatchObject({ intent: 'praise' });
    expect(read('Fast and honest. What more could you want?')).toMatchObject({ intent: 'praise' });
  });

  it('a mild word does not give a plain question a tone', () => {
    expect(tone('Qui contacter pour un problème de garantie ?')).toBe('neutral');
    expect(tone('Is a 12 kg cabin bag allowed?')).toBe('neutral');
  });
});

describe('bad luck', () => {
  it('a breakdown asking for help is a question, without one it is other: nobody is blamed', () => {
    expect(intent('Ma voiture est tombée en panne sur l’A6, pouvez-vous envoyer une dépanneuse ?')).toBe('question');
    expect(intent('Broke down on the motorway this morning, everyone is fine.')).toBe('other');
    // The same breakdown after the repair is the garage's.
    expect(intent('Broke down again 3 days after the repair!!')).toBe('complaint');
  });
});

describe('language', () => {
  it('takes the network’s tag, else guesses; other languages get no tone, a question mark still asks', () => {
    expect(read('Très bon garage', 'fr')).toMatchObject({ language: 'fr', sentiment: 'positive' });
    expect(read('Service client injoignable, chat automatique inutile.').language).toBe('fr');
    expect(read('¿Abren el domingo?', 'es')).toEqual({ intent: 'question' });
  });
});

describe('complaint themes', () => {
  it.each([
    ['Ça fait 3 semaines que j’attends ma voiture, toujours rien.', 'waiting'],
    ['Devis à 380 €, facture à 612 €. Remboursez la différence.', 'price'],
    ['Personne ne répond au téléphone, ça sonne dans le vide.', 'contact'],
    ['Peinture qui cloque un mois après la réparation, travail bâclé.', 'quality'],
    ['Trois rendez-vous annulés la veille.', 'appointments'],
    ['Colis jamais livré, commande incomplète.', 'parts'],
    ['Vendeuse méprisante et accueil glacial.', 'staff'],
    ['Still waiting on my car after two weeks.', 'waiting'],
    ['Charged me twice for the same invoice.', 'price'],
    ['Nobody answers the phone, straight to voicemail.', 'contact'],
    ['Rude staff at the front desk.', 'staff'],
  ])('%s → %s', (text, theme) => {
    expect(read(text)).toMatchObject({ intent: 'complaint', theme });
  });

  it('only complaints have a theme', () => {
    expect(read('Combien pour une vidange ?').theme).toBeUndefined();
    expect(read('Great service, thanks!').theme).toBeUndefined();
  });
});
