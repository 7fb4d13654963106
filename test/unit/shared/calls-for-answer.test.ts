// The one rule behind "waiting for an answer": intents, kinds, networks and the thread's shape.
import { describe, expect, it } from 'vitest';
import {
  answers,
  callsForAnswer,
  parentFactsOf,
  type AnswerablePostFacts,
} from '../../../src/shared/calls-for-answer.ts';

const customerQuestion: AnswerablePostFacts = {
  state: 'live',
  kind: 'comment',
  network: 'facebook',
  intent: 'question',
  author: { isBrand: false },
};

describe('callsForAnswer', () => {
  it('a customer question or complaint does; praise, other and no intent do not', () => {
    expect(callsForAnswer(customerQuestion)).toBe(true);
    expect(callsForAnswer({ ...customerQuestion, intent: 'complaint' })).toBe(true);
    expect(callsForAnswer({ ...customerQuestion, intent: 'praise' })).toBe(false);
    expect(callsForAnswer({ ...customerQuestion, intent: 'other' })).toBe(false);
    expect(callsForAnswer({ ...customerQuestion, intent: undefined })).toBe(false);
  });

  it('only live posts by customers, of a kind that opens a conversation', () => {
    expect(callsForAnswer({ ...customerQuestion, author: { isBrand: true } })).toBe(false);
    expect(callsForAnswer({ ...customerQuestion, state: 'hidden' })).toBe(false);
    expect(callsForAnswer({ ...customerQuestion, state: 'deleted' })).toBe(false);
    expect(callsForAnswer({ ...customerQuestion, kind: 'reply' })).toBe(false);
    for (const kind of ['post', 'comment', 'mention', 'review', 'tip'] as const)
      expect(callsForAnswer({ ...customerQuestion, kind })).toBe(true);
  });

  it('web mentions never: the brand does not answer a press article in place', () => {
    expect(callsForAnswer({ ...customerQuestion, network: 'web', kind: 'mention' })).toBe(false);
  });

  it('a comment under the brand’s own post does; a customer answering the brand’s answer does not', () => {
    const brandPagePost = { author: { isBrand: true } };
    const brandAnswer = { author: { isBrand: true }, parentKey: 'x:1' };
    const customerPost = { author: { isBrand: false }, parentKey: 'x:0' };
    expect(callsForAnswer({ ...customerQuestion, parentKey: 'facebook:1' }, parentFactsOf(brandPagePost))).toBe(true);
    expect(callsForAnswer({ ...customerQuestion, kind: 'mention', parentKey: 'x:2' }, parentFactsOf(brandAnswer))).toBe(
      false,
    );
    expect(callsForAnswer({ ...customerQuestion, parentKey: 'x:3' }, parentFactsOf(customerPost))).toBe(true);
  });
});

describe('answers', () => {
  const post = { key: 'x:1' };
  it('a brand post that is not deleted, by parent or by root', () => {
    expect(answers({ author: { isBrand: true }, state: 'live', parentKey: 'x:1' }, post)).toBe(true);
    expect(answers({ author: { isBrand: true }, state: 'hidden', rootKey: 'x:1' }, post)).toBe(true);
    expect(answers({ author: { isBrand: true }, state: 'deleted', parentKey: 'x:1' }, post)).toBe(false);
    expect(answers({ author: { isBrand: false }, state: 'live', parentKey: 'x:1' }, post)).toBe(false);
    expect(answers({ author: { isBrand: true }, state: 'live', parentKey: 'x:2' }, post)).toBe(false);
  });
});
