// The skeleton of one time slot: whether it holds a post, on which network, about what, and when (if ever)
// the brand answers. Cheap to compute, so the generator can scan hours of slots to find the replies due
// in a poll window; the words are chosen later (compose-post.ts) only for what is emitted.
import { deskClosingTime, isDeskOpen, nextDeskOpening, postDensity } from './daily-rhythm.ts';
import type { Category, DemoLang, DemoNetwork, Topic } from './demo-topics.ts';
import { SeededRandom } from './seeded-random.ts';

export interface SlotPlan {
  slot: number;
  network: DemoNetwork;
  category: Category;
  topic: Topic;
  lang: DemoLang;
  /** 1–5 for reviews and tips. */
  rating?: number;
  /** ms since epoch, inside the slot. */
  createdAt: number;
  /** When the brand answers (ms); absent when it never does. */
  replyAt?: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** The longest a reply can come after its post (late evening post, answered next morning). */
export const MAX_REPLY_DELAY_MS = 13 * HOUR_MS;

/** Stream ids, so that the plan and the words draw from independent sequences. */
export const STREAM_PLAN = 1;
export const STREAM_WORDS = 2;
export const STREAM_REPLY_WORDS = 3;

const NETWORK_WEIGHTS: Record<DemoNetwork, number> = { facebook: 30, instagram: 25, x: 30, foursquare: 15 };

const CATEGORY_WEIGHTS: Record<DemoNetwork, Partial<Record<Category, number>>> = {
  facebook: { praise: 26, complaint: 20, question: 22, review: 24, photo: 8 },
  instagram: { photo: 62, praise: 12, complaint: 12, question: 14 },
  x: { praise: 26, complaint: 36, question: 26, photo: 12 },
  foursquare: { tip: 1 },
};

const COMPLAINT_TOPICS = { late: 45, price: 30, desk: 25 } as const;
const QUESTION_TOPICS = { hours: 35, tyres: 35, ev: 30 } as const;

/** How often the brand answers: complaints and questions nearly always, praise less than half the time. */
const REPLY_CHANCE: Record<Topic, number> = {
  praise: 0.4,
  photo: 0.35,
  late: 0.9,
  price: 0.85,
  desk: 0.88,
  hours: 0.92,
  tyres: 0.9,
  ev: 0.9,
  // Foursquare has no way to answer a tip.
  'tip-good': 0,
  'tip-mixed': 0,
  'tip-bad': 0,
};
/** Brands answer reviews more than plain praise (they show on the page). */
const POSITIVE_REVIEW_REPLY_CHANCE = 0.6;

type Speed = 'fast' | 'medium' | 'slow';
const SPEED_RANGES_MS: Record<Speed, [number, number]> = {
  fast: [2 * MINUTE_MS, 12 * MINUTE_MS],
  medium: [15 * MINUTE_MS, 90 * MINUTE_MS],
  slow: [2 * HOUR_MS, 7 * HOUR_MS],
};
const URGENT: Record<Speed, number> = { fast: 55, medium: 30, slow: 15 };
const QUESTION: Record<Speed, number> = { fast: 45, medium: 35, slow: 20 };
const RELAXED: Record<Speed, number> = { fast: 20, medium: 40, slow: 40 };

function speedWeights(category: Category): Record<Speed, number> {
  if (category === 'complaint') return URGENT;
  if (category === 'question') return QUESTION;
  return RELAXED;
}

/** The plan of slot `slot` (which starts at slot × slotMs), or undefined when the slot is empty. */
export function planSlot(seed: number, slot: number, slotMs: number): SlotPlan | undefined {
  const slotStart = slot * slotMs;
  const rng = SeededRandom.for(seed, slot, STREAM_PLAN);
  if (!rng.chance(postDensity(slotStart))) return undefined;

  const createdAt = slotStart + Math.floor(rng.float() * slotMs);
  const network = rng.weighted(NETWORK_WEIGHTS);
  const category = rng.weighted(CATEGORY_WEIGHTS[network] as Record<Category, number>);
  const lang: DemoLang = rng.chance(0.6) ? 'fr' : 'en';
  const { topic, rating } = chooseTopic(category, rng);

  const plan: SlotPlan = { slot, network, category, topic, lang, createdAt };
  if (rating !== undefined) plan.rating = rating;

  const replyChance = category === 'review' && topic === 'praise' ? POSITIVE_REVIEW_REPLY_CHANCE : REPLY_CHANCE[topic];
  if (rng.chance(replyChance)) plan.replyAt = replyTime(createdAt, rng.weighted(speedWeights(category)), rng);
  return plan;
}

function chooseTopic(category: Category, rng: SeededRandom): { topic: Topic; rating?: number } {
  switch (category) {
    case 'praise':
      return { topic: 'praise' };
    case 'photo':
      return { topic: 'photo' };
    case 'complaint':
      return { topic: rng.weighted(COMPLAINT_TOPICS) };
    case 'question':
      return { topic: rng.weighted(QUESTION_TOPICS) };
    case 'review':
      // Two thirds of reviews are happy ones; unhappy reviews are about the same things as complaints.
      return rng.chance(0.66)
        ? { topic: 'praise', rating: rng.chance(0.7) ? 5 : 4 }
        : { topic: rng.weighted(COMPLAINT_TOPICS), rating: Number(rng.weighted({ '1': 45, '2': 40, '3': 15 })) };
    case 'tip': {
      const mood = rng.weighted({ 'tip-good': 70, 'tip-mixed': 15, 'tip-bad': 15 });
      const rating = mood === 'tip-good' ? rng.int(4, 5) : mood === 'tip-mixed' ? 3 : rng.int(1, 2);
      return { topic: mood, rating };
    }
  }
}

/**
 * The brand's desk answers within its speed band, but only in office hours: what would fall after closing
 * is answered in the end-of-day catch-up, or the next morning when the post came too late for that.
 */
function replyTime(createdAt: number, speed: Speed, rng: SeededRandom): number {
  const [min, max] = SPEED_RANGES_MS[speed];
  const delay = min + Math.floor(rng.float() * (max - min));
  const at = createdAt + delay;
  if (isDeskOpen(at)) return at;
  const closing = deskClosingTime(createdAt);
  if (closing !== undefined && closing - createdAt > 20 * MINUTE_MS) {
    return Math.max(createdAt + 2 * MINUTE_MS, closing - MINUTE_MS - (delay % (30 * MINUTE_MS)));
  }
  const opening = nextDeskOpening(at) ?? at;
  return Math.min(opening + 3 * MINUTE_MS + (delay % (75 * MINUTE_MS)), createdAt + MAX_REPLY_DELAY_MS);
}
