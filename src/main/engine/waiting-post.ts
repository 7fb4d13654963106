// A waiting customer as the panel and the answering page show them: a first name (a wall in a hall names people
// the way a shop assistant would, not by their full name), the network, when they wrote and what they want.
import type { Author, Post } from '../../shared/post.ts';
import type { WaitingPost } from '../../shared/stats.ts';

/** A name longer than this is cut (with an ellipsis): the panel's list keeps its column. */
export const FIRST_NAME_MAX = 24;

/** The first word of the name; the handle (with its @) when the name is empty or is the handle itself. */
export function firstNameOf(author: Author): string {
  const name = author.name.trim();
  const handle = author.handle?.trim();
  if (name && name.replace(/^@/, '') !== handle?.replace(/^@/, '')) return capped(name.split(/\s+/)[0] ?? name);
  if (handle) return capped(handle.startsWith('@') ? handle : `@${handle}`);
  return capped(name) || '?';
}

function capped(text: string): string {
  const chars = [...text];
  return chars.length > FIRST_NAME_MAX ? `${chars.slice(0, FIRST_NAME_MAX - 1).join('')}…` : text;
}

export function waitingPostOf(post: Post): WaitingPost {
  return {
    key: post.key,
    network: post.network,
    firstName: firstNameOf(post.author),
    createdAt: post.createdAt,
    // Only questions and complaints call for an answer (shared/calls-for-answer.ts).
    intent: post.intent === 'complaint' ? 'complaint' : 'question',
    ...(post.url ? { url: post.url } : {}),
  };
}
