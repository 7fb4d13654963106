// The brand's answer to a planned post, threaded under it: a pure function of (seed, slot).
import { BRAND_REPLIES } from './corpus/brand-replies.ts';
import { BRAND_SIGNATURES } from './corpus/people.ts';
import { brandAuthor } from './demo-authors.ts';
import type { ComposedPost, ComposeSettings, DemoCandidate } from './compose-post.ts';
import type { ReplyTopic, Topic } from './demo-topics.ts';
import { fillTemplate } from './fill-template.ts';
import { SeededRandom } from './seeded-random.ts';
import { STREAM_REPLY_WORDS, type SlotPlan } from './slot-plan.ts';
import { extractHashtags, extractMentions } from '../shared/text-entities.ts';

function isReplyTopic(topic: Topic): topic is ReplyTopic {
  return !topic.startsWith('tip-');
}

export function composeReply(plan: SlotPlan, parent: ComposedPost, settings: ComposeSettings): DemoCandidate {
  if (plan.replyAt === undefined || !isReplyTopic(plan.topic)) {
    throw new Error(`slot ${plan.slot} has no brand reply`);
  }
  const rng = SeededRandom.for(settings.seed, plan.slot, STREAM_REPLY_WORDS);
  const { network, lang } = plan;
  let text = fillTemplate(rng.pick(BRAND_REPLIES[plan.topic][lang]), {
    ...parent.values,
    first: parent.firstName,
    sig: rng.pick(BRAND_SIGNATURES[lang]),
  });
  // On X and Instagram an answer starts by naming whom it answers.
  if (parent.handle !== undefined) text = `@${parent.handle} ${text}`;

  const createdAt = new Date(plan.replyAt).toISOString();
  return {
    key: `${parent.post.key}-r`,
    network,
    kind: 'reply',
    parentKey: parent.post.key,
    rootKey: parent.post.key,
    author: brandAuthor(network),
    text,
    lang,
    media: [],
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    metrics: { likes: Math.floor(rng.float() ** 2 * 8), asOf: createdAt },
    createdAt,
  };
}
