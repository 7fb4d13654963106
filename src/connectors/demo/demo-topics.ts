// The vocabulary the demo generator and its corpus share: networks, languages, what a post is about.
import type { Network } from '../../shared/post.ts';

export const DEMO_NETWORKS = ['facebook', 'instagram', 'x', 'foursquare'] as const satisfies readonly Network[];
export type DemoNetwork = (typeof DEMO_NETWORKS)[number];

export type DemoLang = 'fr' | 'en';

/** What kind of thing a customer wrote; decides the post kind and how likely the brand answers. */
export type Category = 'praise' | 'complaint' | 'question' | 'photo' | 'review' | 'tip';

/** What the text is about: picks the customer's sentences and the brand's answer. */
export type Topic =
  'praise' | 'late' | 'price' | 'desk' | 'hours' | 'tyres' | 'ev' | 'photo' | 'tip-good' | 'tip-mixed' | 'tip-bad';

/** Topics written from sentence lists (photos take their captions from the picture instead). */
export type TextTopic = Exclude<Topic, 'photo'>;
/** Topics the brand answers (nobody can answer a Foursquare tip). */
export type ReplyTopic = Exclude<Topic, 'tip-good' | 'tip-mixed' | 'tip-bad'>;

export type Localised<T> = Readonly<Record<DemoLang, T>>;
