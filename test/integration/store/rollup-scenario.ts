// A store's life in steps, for the statistics' rollups: shuffled inserts with brand replies before the posts they
// answer and customers answering the brand's answer before it arrives, edits that change what a post wants, its
// hour or what a reply answers (some twice in one write), deletes, a person's hides and restores (of answers too),
// a change of the rules, a source withdrawn and brought back, and retention. Deterministic (seeded), so that two
// stores given the same steps must say the same (shared-store-suite.test.ts) and each must equal a full
// recomputation after every step (rollups-recomputation.test.ts).
import type { Store } from '../../../src/main/store/store-api.ts';
import { COMPLAINT_THEMES, type Post } from '../../../src/shared/post.ts';
import { seededRandom } from './live-counts-oracle.ts';
import { makePost } from './post-factory.ts';

const HOUR = 3_600_000;
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };

export interface RollupStep {
  name: string;
  run(store: Store): Promise<void>;
}

export function rollupScenario(nowMs: number, posts = 300): RollupStep[] {
  const random = seededRandom(18);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const near = (ms: number): string => new Date(ms + Math.floor((random() - 0.1) * 20 * HOUR)).toISOString();
  const customers: Post[] = [];
  const answers: Post[] = [];
  const all: Post[] = [];
  for (let i = 0; i < posts; i++) {
    const roll = random();
    let post: Post;
    if (roll < 0.3 && customers.length) {
      const target = pick(customers);
      post = makePost({
        id: `b${i}`,
        network: target.network,
        kind: 'reply',
        sourceId: pick(['source-a', 'source-b']),
        author: brand,
        createdAt: near(Date.parse(target.createdAt)),
        ...(random() < 0.3
          ? { parentKey: `${target.network}:thread${i}`, rootKey: target.key }
          : { parentKey: target.key, rootKey: target.rootKey ?? target.key }),
      });
      answers.push(post);
    } else if (roll < 0.4 && answers.length) {
      // A customer answering the brand's answer (stored, after shuffling, before or after it).
      const answer = pick(answers);
      post = makePost({
        id: `c${i}`,
        network: answer.network,
        kind: pick(['comment', 'reply'] as const),
        sourceId: pick(['source-a', 'source-b']),
        intent: pick(['question', 'complaint'] as const),
        sentiment: 'negative',
        parentKey: answer.key,
        rootKey: answer.rootKey ?? answer.key,
        createdAt: near(Date.parse(answer.createdAt)),
      });
    } else {
      const intent = pick(['question', 'complaint', 'praise', 'other'] as const);
      post = makePost({
        id: `c${i}`,
        network: pick(['facebook', 'x', 'instagram', 'google', 'web'] as const),
        kind: pick(['post', 'comment', 'mention', 'review'] as const),
        sourceId: pick(['source-a', 'source-b']),
        text: pick(['Where is my car?', 'Bad service, never again', 'Great team!', 'Hello']),
        intent,
        sentiment: pick(['positive', 'neutral', 'negative'] as const),
        ...(intent === 'complaint' ? { theme: pick(COMPLAINT_THEMES) } : {}),
        createdAt: new Date(nowMs - Math.floor(random() * 10 * 24 * HOUR)).toISOString(),
      });
      customers.push(post);
    }
    all.push(post);
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] as Post, all[i] as Post];
  }
  const edits = customers
    .filter(() => random() < 0.15)
    .map((post) => {
      const intent = pick(['question', 'complaint', 'praise'] as const);
      const { theme: _theme, ...rest } = post;
      return {
        ...rest,
        text: `${post.text} (edited)`,
        intent,
        sentiment: pick(['positive', 'negative'] as const),
        // Some move to another hour.
        createdAt: random() < 0.3 ? new Date(Date.parse(post.createdAt) - 5 * HOUR).toISOString() : post.createdAt,
        ...(intent === 'complaint' ? { theme: pick(COMPLAINT_THEMES) } : {}),
      };
    });
  const moved = answers
    .filter(() => random() < 0.1)
    .map((reply) => {
      const target = pick(customers);
      return { ...reply, text: `${reply.text} (moved)`, parentKey: target.key, rootKey: target.key };
    });
  // Edited twice in one write.
  const twice = edits.slice(0, 5).map((post) => ({ ...post, text: `${post.text} again`, intent: 'question' as const }));
  const gone = [...customers, ...answers].filter(() => random() < 0.08).map((p) => p.key);
  const hidden = [...customers, ...answers].filter(() => random() < 0.06).map((p) => p.key);
  const byRule = (post: Post): string | undefined => (post.text.includes('never again') ? 'keyword' : undefined);
  return [
    {
      name: 'inserts',
      run: async (store) => {
        for (let i = 0; i < all.length; i += 25) await store.writer.upsertMany(all.slice(i, i + 25));
      },
    },
    { name: 'edits', run: async (store) => void (await store.writer.upsertMany([...edits, ...moved, ...twice])) },
    { name: 'deletes', run: async (store) => void (await store.writer.markDeleted(gone)) },
    {
      name: 'hides and restores',
      run: async (store) => {
        for (const key of hidden) await store.writer.hide(key, 'test', nowMs);
        for (const key of hidden.slice(0, 5)) await store.writer.restore(key, nowMs);
      },
    },
    {
      name: 'the rules changed',
      run: async (store) => {
        for (let page = await store.writer.reevaluate(byRule, undefined, 50); page.next !== undefined;)
          page = await store.writer.reevaluate(byRule, page.next, 50);
      },
    },
    {
      name: 'a source withdrawn',
      run: async (store) => {
        while ((await store.writer.withdrawSourcesExcept(['source-a'], 50)).more);
      },
    },
    {
      name: 'the source back',
      run: async (store) => {
        while ((await store.writer.withdrawSourcesExcept(['source-a', 'source-b'], 50)).more);
      },
    },
    {
      name: 'retention',
      run: async (store) => {
        while ((await store.writer.purge(nowMs, 6)).more);
      },
    },
  ];
}

/** What the statistics say of the answers, the tone and the themes, in plain values. */
export async function answerStatsOf(store: Store, nowMs: number): Promise<unknown> {
  const since = Math.floor(nowMs / HOUR) * HOUR - 7 * 24 * HOUR;
  const window = await store.stats.answerWindow(since, 3_600, 5);
  const waiting = await store.stats.waitingPosts(50);
  return {
    window: { ...window, oldest: window.oldest.map((w) => [w.post.key, w.createdMs]) },
    waiting: { total: waiting.total, posts: waiting.posts.map((w) => [w.post.key, w.createdMs]) },
    tone: await store.stats.toneSince(since),
    themes: Object.fromEntries((await store.stats.themeWeeks(since, nowMs + 1)).counts),
  };
}
