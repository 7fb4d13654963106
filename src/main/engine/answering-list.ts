// The answering page's list (GET /api/settings/answering, admin only): every customer still waiting for an answer,
// oldest first, with what they wrote, from the same rollups and rule as the panel's figures.
import { ANSWERING_LIMIT, type AnsweringResponse } from '../../shared/answering.ts';
import type { Language } from '../../shared/config.ts';
import type { StatsReader } from '../store/store-api.ts';
import { ANSWER_WINDOW_HOURS, windowStartMs } from './stats-calculator.ts';
import { waitingPostOf } from './waiting-post.ts';

/** Enough of the text to recognise the post; the whole is one click away on its network. */
const TEXT_MAX = 400;

export async function answeringList(
  stats: StatsReader,
  nowMs: number,
  language: Language,
  responseTargetSeconds: number,
): Promise<AnsweringResponse> {
  const [all, window] = await Promise.all([
    stats.waitingPosts(ANSWERING_LIMIT),
    stats.answerWindow(windowStartMs(nowMs), responseTargetSeconds, 0),
  ]);
  return {
    generatedAt: new Date(nowMs).toISOString(),
    language,
    windowHours: ANSWER_WINDOW_HOURS,
    waitingInWindow: window.waiting,
    waiting: all.total,
    posts: all.posts.map(({ post }) => ({
      ...waitingPostOf(post),
      authorName: post.author.name || post.author.handle || '',
      text: [...post.text].length > TEXT_MAX ? `${[...post.text].slice(0, TEXT_MAX - 1).join('')}…` : post.text,
    })),
  };
}
