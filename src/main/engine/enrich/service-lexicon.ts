// Words that decide the tone of what customers write about a service business and that AFINN misses or
// mis-scores (AFINN-fr-165 is a translation: "prix" scores as a prize, "question" and "ciel" as good news).
// Merged over each language's AFINN list at registration; kept short, each entry earned on the demo corpus
// or on real complaints.
import type { SentimentLanguage } from './sentiment-language.ts';

export const SERVICE_LEXICON: Readonly<Record<SentimentLanguage, Readonly<Record<string, number>>>> = {
  fr: {
    // Neutral in a customer's mouth.
    prix: 0, frais: 0, question: 0, ciel: 0, facture: 0, devis: 0,
    // Waiting, being let down, being treated badly.
    attente: -2, attendre: -1, attends: -1, retard: -2, toujours: 0, désagréable: -3, impoli: -3, malpoli: -3,
    raccroche: -2, raccroché: -2, surprise: -1, évitez: -2, éviter: -1, sérieusement: -1, inadmissible: -3,
    scandaleux: -3, arnaque: -4, honteux: -3, déçu: -2, déçue: -2, décevant: -2, nul: -3, lent: -2, lents: -2,
    // Praise the list lacks.
    bien: 2, top: 2, nickel: 3, impeccable: 3, rapide: 2, rapides: 2, efficace: 2, efficaces: 2, pro: 2, professionnel: 2,
    sympa: 2, chapeau: 2, bravo: 3, recommande: 2, merci: 2, parfait: 3, génial: 3, super: 3,
  },
  en: {
    like: 0, price: 0, quote: 0, question: 0,
    waiting: -2, wait: -1, late: -2, rude: -3, avoid: -2, seriously: -1, overcharged: -3,
    scam: -4, disappointing: -2, slow: -2, hung: -1, nobody: -1,
    shoutout: 2, lifesaver: 3, impressed: 3, honest: 2, friendly: 2, quick: 2, fast: 2, spotless: 3, recommend: 2,
  },
};
