// How Atelier Nova's social-media desk answers, by topic. Placeholders: {first} (the customer's first
// name), {garage}, {staff}, {sig} (who signs).
import type { Localised, ReplyTopic } from '../demo-topics.ts';

export const BRAND_REPLIES: Readonly<Record<ReplyTopic, Localised<readonly string[]>>> = {
  praise: {
    fr: [
      "Merci beaucoup {first} ! Toute l'équipe de {garage} est ravie 😊 À bientôt !",
      'Merci pour ce retour {first}, on transmet à {staff} !',
      'Ça fait plaisir à lire, merci {first} ! {sig}',
      'Merci {first} 🙏 {sig}',
    ],
    en: [
      'Thank you {first}! The whole {garage} team is delighted 😊 See you soon!',
      "Thanks for the kind words {first}, we'll pass them on to {staff}!",
      'Made our day, thanks {first}! {sig}',
    ],
  },
  photo: {
    fr: ['Superbe photo {first} ! 📸 Merci de la partager', "Merci {first} ! On la montre à l'équipe de {garage} 😍"],
    en: ['Great shot {first}! 📸 Thanks for sharing', "Thanks {first}! We're showing this to the {garage} team 😍"],
  },
  late: {
    fr: [
      'Bonjour {first}, toutes nos excuses pour ce retard. Nous vous avons écrit en message privé pour faire le point sur votre véhicule. {sig}',
      "Désolés {first}, ce n'est pas le service que nous voulons vous offrir. Le chef d'atelier de {garage} vous rappelle dans l'heure. {sig}",
      '{first}, nous comprenons votre agacement. La pièce est arrivée ce matin, votre voiture sera prête demain 10 h, et nous vous offrons le véhicule de prêt. {sig}',
    ],
    en: [
      "Hi {first}, we're sorry about the delay. We've sent you a DM to update you on your car. {sig}",
      "Sorry {first}, that's not the service we want to give. The {garage} workshop manager will call you within the hour. {sig}",
    ],
  },
  price: {
    fr: [
      'Bonjour {first}, aucun travail supplémentaire ne doit être fait sans votre accord. Pouvez-vous nous écrire en privé avec votre numéro de facture ? Nous regardons ça tout de suite. {sig}',
      "{first}, vous avez raison, l'écart aurait dû vous être expliqué avant. Nous vous contactons pour régulariser. {sig}",
    ],
    en: [
      "Hi {first}, no extra work should ever be done without your OK. Could you DM us your invoice number? We'll look into it right away. {sig}",
      "You're right {first}, the difference should have been explained first. We'll be in touch to put it right. {sig}",
    ],
  },
  desk: {
    fr: [
      "{first}, nous sommes sincèrement désolés de cet accueil. Nous en parlons avec l'équipe de {garage} aujourd'hui même. {sig}",
      "Bonjour {first}, ce n'est pas acceptable et nous vous présentons nos excuses. Le responsable de {garage} aimerait vous appeler : pouvez-vous nous envoyer votre numéro en privé ? {sig}",
    ],
    en: [
      "{first}, we're truly sorry about how you were treated. We're talking with the {garage} team today. {sig}",
      "Hi {first}, that's not acceptable and we apologise. The {garage} manager would like to call you, could you DM us your number? {sig}",
    ],
  },
  hours: {
    fr: [
      'Bonjour {first} ! Notre atelier de {garage} est ouvert du lundi au vendredi de 8 h à 19 h et le samedi de 9 h à 17 h. {sig}',
      'Oui {first}, la boîte à clés de {garage} permet de déposer la voiture la veille 🔑 {sig}',
      'Bonjour {first}, pendant les vacances l’atelier de {garage} reste ouvert, de 9 h à 18 h. {sig}',
    ],
    en: [
      'Hi {first}! Our {garage} garage is open Monday to Friday 8am to 7pm and Saturday 9am to 5pm. {sig}',
      'Yes {first}, you can use the key box at {garage} to drop your car off the night before 🔑 {sig}',
    ],
  },
  tyres: {
    fr: [
      'Bonjour {first}, des créneaux se libèrent chaque jour : appelez directement {garage}, on vous trouve une place cette semaine. {sig}',
      'Oui {first}, gardiennage à 49 € la saison, montage compris. {sig}',
      'Bonjour {first}, sans rendez-vous ça marche aussi, mais le matin avant 10 h c’est plus rapide 😉 {sig}',
    ],
    en: [
      "Hi {first}, new slots open up every day: give {garage} a call and we'll fit you in this week. {sig}",
      'Yes {first}, tyre storage is €49 a season, fitting included. {sig}',
    ],
  },
  ev: {
    fr: [
      'Bonjour {first}, oui ! Tous nos ateliers entretiennent les électriques et celui de {garage} a 4 bornes 22 kW, gratuites pendant l’intervention ⚡ {sig}',
      'Les bornes sont ouvertes à tous {first}, gratuites pour nos clients pendant l’entretien. {sig}',
    ],
    en: [
      'Hi {first}, yes! Every one of our garages services EVs and the {garage} one has four 22 kW chargers, free while we work on your car ⚡ {sig}',
    ],
  },
};
