// The words, author, picture and figures of a planned customer post: a pure function of (seed, slot).
import type { PostInput, PostKind } from '../../shared/post.ts';
import { CLOSING_LINES, CUSTOMER_TEXTS, EMOJI } from './corpus/customer-texts.ts';
import { DEMO_IMAGES, DEMO_IMAGE_SIZE } from './corpus/images.ts';
import { CARS, ELECTRIC_CARS, GARAGES, QUOTES, SURCHARGES } from './corpus/places.ts';
import { STAFF } from './corpus/people.ts';
import { pickCustomer } from './demo-authors.ts';
import type { DemoNetwork, Topic } from './demo-topics.ts';
import { fillTemplate } from './fill-template.ts';
import { photoImageIndex, photoWindowOf } from './photo-rotation.ts';
import { SeededRandom } from './seeded-random.ts';
import { STREAM_WORDS, type SlotPlan } from './slot-plan.ts';
import { extractHashtags, extractMentions } from '../shared/text-entities.ts';

/** A candidate post as the demo hands it over; the runtime adds sourceId and fetchedAt. */
export type DemoCandidate = Omit<PostInput, 'sourceId' | 'fetchedAt'>;

export interface ComposedPost {
  post: DemoCandidate;
  firstName: string;
  handle?: string;
  /** The values the text was filled with, so the brand's answer names the same garage and staff. */
  values: Readonly<Record<string, string>>;
}

export interface ComposeSettings {
  seed: number;
  slotMs: number;
  /** Without a trailing slash. */
  assetBaseUrl: string;
}

type Mood = 'good' | 'bad' | 'neutral';
const MOOD: Record<Topic, Mood> = {
  praise: 'good',
  photo: 'good',
  'tip-good': 'good',
  late: 'bad',
  price: 'bad',
  desk: 'bad',
  'tip-bad': 'bad',
  hours: 'neutral',
  tyres: 'neutral',
  ev: 'neutral',
  'tip-mixed': 'neutral',
};

const BRAND_MENTION = /@ateliernova\b/gi;
const TRAILING_BRAND_MENTION = /\s*@ateliernova([.!?]?)(?=\s*(?:\p{Extended_Pictographic}\s*)*$)/giu;

/** Keys carry seed and pace, so that changing either never overwrites posts already stored. */
export function demoKey(network: DemoNetwork, settings: ComposeSettings, slot: number): string {
  return `${network}:demo-${settings.seed}-${settings.slotMs}-${slot}`;
}

/** `photoOrdinal`: how many photo posts precede this one in its photo window (see photo-rotation.ts). */
export function composePost(plan: SlotPlan, settings: ComposeSettings, photoOrdinal = 0): ComposedPost {
  const rng = SeededRandom.for(settings.seed, plan.slot, STREAM_WORDS);
  const { network, lang, topic } = plan;
  const customer = pickCustomer(network, lang, settings.seed, rng);
  const garage = rng.pick(GARAGES);
  const quote = rng.pick(QUOTES);
  const values = {
    garage: garage.name,
    city: garage.city,
    cityTag: garage.cityTag,
    car: rng.pick(CARS),
    ev: rng.pick(ELECTRIC_CARS),
    staff: rng.pick(STAFF),
    quote: String(quote),
    bill: String(quote + rng.pick(SURCHARGES)),
  };

  const image =
    topic === 'photo'
      ? DEMO_IMAGES[photoImageIndex(settings.seed, photoWindowOf(plan.slot, settings.slotMs), photoOrdinal)]
      : undefined;
  const template = image
    ? rng.pick(image.captions[lang])
    : rng.pick(CUSTOMER_TEXTS[topic as Exclude<Topic, 'photo'>][lang]);
  let text = fillTemplate(template, values);
  if (network === 'facebook' || network === 'foursquare') text = asPageName(text);

  // Tips are one-liners; elsewhere a closing sentence or an emoji now and then varies the length.
  const mood = MOOD[topic];
  if (plan.category !== 'tip') {
    if (rng.chance(0.3)) text += ` ${rng.pick(CLOSING_LINES[mood][lang])}`;
    if (rng.chance(0.3)) text += ` ${rng.pick(EMOJI[mood])}`;
  }
  if (network === 'x' || (network === 'instagram' && plan.category === 'photo')) text = withBrandTag(text, rng);

  const createdAt = new Date(plan.createdAt).toISOString();
  const post: DemoCandidate = {
    key: demoKey(network, settings, plan.slot),
    network,
    kind: kindOf(plan, text),
    author: customer.author,
    text,
    lang,
    media: image
      ? [
          {
            type: 'image',
            url: `${settings.assetBaseUrl}/demo/${image.file}`,
            alt: image.alt[lang],
            ...DEMO_IMAGE_SIZE,
          },
        ]
      : [],
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    metrics: metricsFor(network, mood, plan.category === 'photo', rng, createdAt),
    createdAt,
  };
  if (plan.rating !== undefined) post.rating = plan.rating;

  const composed: ComposedPost = { post, firstName: customer.firstName, values };
  if (customer.author.handle !== undefined) composed.handle = customer.author.handle;
  return composed;
}

/**
 * Facebook and Foursquare posts are written on the brand's page and show a tagged page by its name:
 * a trailing tag is dropped, one inside a sentence reads as the name.
 */
function asPageName(text: string): string {
  return text.replace(TRAILING_BRAND_MENTION, '$1').replace(BRAND_MENTION, 'Atelier Nova');
}

/** Posts on X and Instagram pictures only reach the wall through a mention or the hashtag, so they carry one. */
function withBrandTag(text: string, rng: SeededRandom): string {
  if (/@ateliernova|#ateliernova/i.test(text)) return text;
  return `${text} ${rng.chance(0.55) ? '@ateliernova' : '#AtelierNova'}`;
}

function kindOf(plan: SlotPlan, text: string): PostKind {
  if (plan.category === 'tip') return 'tip';
  if (plan.category === 'review') return 'review';
  // Instagram text without a picture: a comment under one of the brand's posts.
  if (plan.network === 'instagram' && plan.category !== 'photo') return 'comment';
  if (plan.network === 'facebook') return 'post';
  return /@ateliernova/i.test(text) ? 'mention' : 'post';
}

function metricsFor(
  network: DemoNetwork,
  mood: Mood,
  isPhoto: boolean,
  rng: SeededRandom,
  asOf: string,
): DemoCandidate['metrics'] {
  // Skewed: most posts get a handful of likes, a few get many.
  const skewed = (max: number): number => Math.floor(rng.float() ** 2.5 * max);
  switch (network) {
    case 'instagram':
      return { likes: (isPhoto ? 4 : 0) + skewed(isPhoto ? 180 : 15), asOf };
    case 'x':
      return { likes: skewed(mood === 'bad' ? 60 : 40), reposts: skewed(mood === 'bad' ? 18 : 6), asOf };
    case 'facebook':
      return { likes: skewed(mood === 'good' ? 45 : 20), asOf };
    case 'foursquare':
      return { likes: skewed(12), asOf };
  }
}
