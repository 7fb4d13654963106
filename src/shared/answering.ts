// The answering page (GET /answer, behind the admin credential): the customers still waiting for an answer,
// oldest first, for the team that answers them on their networks. The same rule as the panel's figures
// (shared/calls-for-answer.ts), over every post the wall keeps, not only the panel's window.
import type { Language } from './config.ts';
import type { WaitingPost } from './stats.ts';

export interface AnsweringItem extends WaitingPost {
  /** As the network gave it. */
  authorName: string;
  /** The post's text (plain), to recognise it. */
  text: string;
}

export interface AnsweringResponse {
  generatedAt: string;
  /** The wall's language: the page speaks it. */
  language: Language;
  /** The panel's window (hours), and how many of the waiting posts fall in it: the panel's "waiting" figure. */
  windowHours: number;
  waitingInWindow: number;
  /** Every waiting post the wall keeps. */
  waiting: number;
  /** The oldest of them, oldest first (at most ANSWERING_LIMIT). */
  posts: AnsweringItem[];
}

/** How many waiting posts the page lists at most (the oldest). */
export const ANSWERING_LIMIT = 300;

export const ANSWERING_ROUTE = '/api/settings/answering';
