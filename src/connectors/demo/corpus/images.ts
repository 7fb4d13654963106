// The bundled pictures (assets/demo/*.svg) and what customers write under them.
// Placeholders as in customer-texts.ts.
import type { Localised } from '../demo-topics.ts';

export interface DemoImage {
  /** File name under assets/demo/. */
  file: string;
  alt: Localised<string>;
  captions: Localised<readonly string[]>;
}

export const DEMO_IMAGE_SIZE = { width: 1200, height: 900 } as const;

export const DEMO_IMAGES: readonly DemoImage[] = [
  {
    file: 'car-on-lift.svg',
    alt: { fr: 'Une voiture sur un pont élévateur dans un atelier', en: 'A car up on a lift in a workshop' },
    captions: {
      fr: [
        'Ma {car} en pleine révision chez Atelier Nova {garage} 🔧',
        'Vue de dessous, tout est propre 👌 #AtelierNova',
      ],
      en: [
        'My {car} up on the lift at {garage}. Spotless workshop! #AtelierNova',
        'Under the hood, or rather under the car 🔧',
      ],
    },
  },
  {
    file: 'washed-car.svg',
    alt: { fr: 'Une voiture bleue qui brille après un lavage', en: 'A shiny blue car after a wash' },
    captions: {
      fr: ['Récupérée et lavée en prime ✨ #AtelierNova', 'Elle brille plus que le jour où je l’ai achetée 😍'],
      en: ['Picked up my {car} and they washed it too ✨', 'Shinier than the day I bought it 😍 #AtelierNova'],
    },
  },
  {
    file: 'tyre-stack.svg',
    alt: { fr: 'Une pile de pneus neufs', en: 'A stack of new tyres' },
    captions: {
      fr: [
        'Pneus hiver montés, prête pour la montagne ❄️ #AtelierNova #{cityTag}',
        'Changement de saison, changement de pneus.',
      ],
      en: ['Winter tyres on. Ready for the mountains ❄️ #AtelierNova', 'New rubber day 🛞'],
    },
  },
  {
    file: 'workshop-front.svg',
    alt: { fr: "La façade d'un garage Atelier Nova", en: 'The front of an Atelier Nova garage' },
    captions: {
      fr: [
        'Un Atelier Nova vient d’ouvrir à {city}, juste à côté de chez moi ! #{cityTag}',
        'Mon garage préféré à {city} 💙 #AtelierNova',
      ],
      en: ['New Atelier Nova just opened in {city}, right by my place! #{cityTag}', 'My favourite garage in {city} 💙'],
    },
  },
  {
    file: 'coffee-corner.svg',
    alt: { fr: "Le coin café de la salle d'attente", en: 'The coffee corner in the waiting room' },
    captions: {
      fr: [
        "Salle d'attente avec café et wifi, on a vu pire pour attendre ☕ #AtelierNova",
        'Pause café pendant la vidange ☕',
      ],
      en: ['Coffee and wifi while they fix the car ☕ #AtelierNova', 'Best waiting room in {city}, no contest.'],
    },
  },
  {
    file: 'ev-charging.svg',
    alt: { fr: 'Une voiture électrique en charge à une borne', en: 'An electric car plugged into a charger' },
    captions: {
      fr: [
        'Recharge pendant la révision ⚡ #AtelierNova #VoitureElectrique',
        'Ma {ev} fait le plein pendant que je bois un café ⚡',
      ],
      en: ['Charging while it gets serviced ⚡ #AtelierNova #EV', 'My {ev} topping up at {garage} ⚡'],
    },
  },
  {
    file: 'tool-wall.svg',
    alt: { fr: "Un mur d'outils bien rangés", en: 'A neatly organised tool wall' },
    captions: {
      fr: [
        'Le mur d’outils de {garage}, rangé au millimètre 😍 #AtelierNova',
        'Chaque outil à sa place. Ça inspire confiance.',
      ],
      en: ['The tool wall at {garage}. Satisfying 😍 #AtelierNova', 'Every tool in its place. Inspires confidence.'],
    },
  },
  {
    file: 'keys-handover.svg',
    alt: { fr: 'Des clés de voiture remises à un client souriant', en: 'Car keys handed to a smiling customer' },
    captions: {
      fr: ['Et voilà, clés récupérées ! Merci {staff} 🙌 #AtelierNova', 'Ma {car} est de retour 🎉'],
      en: ['Keys back in hand! Thanks {staff} 🙌 #AtelierNova', 'Reunited with my {car} 🎉'],
    },
  },
  {
    file: 'brake-disc.svg',
    alt: { fr: 'Un disque de frein et son étrier neufs', en: 'A new brake disc and calliper' },
    captions: {
      fr: ['Disques et plaquettes neufs, ça freine enfin 😅 #AtelierNova', 'Avant / après : y avait besoin.'],
      en: ['New discs and pads. Stopping is fun again 😅 #AtelierNova', 'Glad I finally got these done.'],
    },
  },
  {
    file: 'tow-truck.svg',
    alt: { fr: 'Une dépanneuse Atelier Nova', en: 'An Atelier Nova tow truck' },
    captions: {
      fr: [
        'Panne un dimanche soir sur l’A7, dépanneuse là en 40 min. Merci @ateliernova 🙏',
        'Panne sur le périph, ils sont venus en 30 min.',
      ],
      en: [
        'Broke down on a Sunday night and @ateliernova came to the rescue 🙏',
        'Tow truck in 30 minutes flat. Thanks!',
      ],
    },
  },
];
