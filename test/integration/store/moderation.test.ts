// Moderation on a real SQLite file, through the ingest pipeline: each rule hides what it should (stored
// 'hidden', never served, never streamed, logged in the audit), an edit is re-evaluated, a person's hide and
// restore are logged and stick over edits, and the hidden counter follows. A change of the rules judges the
// stored posts again, page by page, and leaves a person's decisions alone.
import { describe, expect, it, vi } from 'vitest';
import { ModerationConfigSchema, type ModerationConfig } from '../../../src/shared/config.ts';
import type { StreamEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { ModerationDesk } from '../../../src/main/engine/moderation-desk.ts';
import { compileModerationPolicy } from '../../../src/main/engine/moderate/moderation-policy.ts';
import { reevaluateStoredPosts } from '../../../src/main/engine/moderate/reevaluate-stored-posts.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';
import { makePost } from './post-factory.ts';

const STAMP = {
  sourceId: 'source-a',
  cachePolicy: { mode: 'persist' as const },
  fetchedAt: '2026-03-01T10:00:05.000Z',
};

function setup(rules: Partial<ModerationConfig>) {
  const store = openTestStore(tempDbPath(), new TestClock(Date.parse('2026-03-01T12:00:00.000Z')));
  const feed = new ChangeFeed();
  const events: StreamEvent[] = [];
  feed.events$.subscribe((e) => events.push(e.event));
  let policy = compileModerationPolicy(ModerationConfigSchema.parse(rules));
  const pipeline = new IngestPipeline({ writer: store.writer, feed, logger: memoryLogger(), moderation: () => policy });
  const desk = new ModerationDesk(
    store,
    feed,
    () => Date.parse('2026-03-01T12:00:00.000Z'),
    () => {},
  );
  const submit = (...posts: Post[]) =>
    pipeline.submit(
      posts.map((item) => ({ type: 'upsert', item })),
      STAMP,
    );
  /** A source whose terms forbid caching (cache policy 'memory'): its posts never reach the file. */
  const submitMemory = (...posts: Post[]) =>
    pipeline.submit(
      posts.map((item) => ({ type: 'upsert', item })),
      { ...STAMP, cachePolicy: { mode: 'memory' } },
    );
  const setRules = (next: Partial<ModerationConfig>) =>
    (policy = compileModerationPolicy(ModerationConfigSchema.parse(next)));
  /** What the engine does after a change of the rules, in pages of `pageRows`. */
  const reevaluate = (pageRows = 300) =>
    reevaluateStoredPosts({ writer: store.writer, feed, policy, cancelled: () => false, onChange: () => {}, pageRows });
  return { store, events, submit, submitMemory, desk, setRules, reevaluate };
}

const streamedPostKeys = (events: StreamEvent[]) => events.flatMap((e) => (e.type === 'post' ? [e.data.post.key] : []));

describe('moderation rules', () => {
  it('is off by default: a rude post shows like any other', async () => {
    const { store, submit } = setup({});
    await submit(makePost({ id: 'rude', text: 'Quel service de merde' }));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:rude']);
    expect(await store.reader.hiddenCount(Date.now())).toBe(0);
  });

  const cases: { rule: string; rules: Partial<ModerationConfig>; hidden: Post; shown: Post }[] = [
    {
      rule: 'profanity:fr',
      rules: { profanity: ['fr'] },
      hidden: makePost({ id: 'h1', text: 'Quel connard ce vendeur' }),
      shown: makePost({ id: 's1', text: 'Service lent, très déçu' }),
    },
    {
      rule: 'profanity:en',
      rules: { profanity: ['en'] },
      hidden: makePost({ id: 'h2', text: 'What a shit service' }),
      shown: makePost({ id: 's2', text: 'Slow service, very disappointed' }),
    },
    {
      rule: 'blocked-author',
      rules: { blockedAuthors: [{ author: '@Spammer' }] },
      hidden: makePost({ id: 'h3', author: { handle: 'spammer' } }),
      shown: makePost({ id: 's3', author: { handle: 'jane' } }),
    },
    {
      rule: 'blocked-author',
      rules: { blockedAuthors: [{ author: 'u-42', network: 'mastodon' }] },
      hidden: makePost({ id: 'h4', author: { id: 'u-42' } }),
      shown: makePost({ id: 's4', network: 'x', author: { id: 'u-42' } }),
    },
    {
      rule: 'blocked-keyword:Concurrent X',
      rules: { blockedKeywords: ['Concurrent X'] },
      hidden: makePost({ id: 'h5', text: 'Allez plutôt chez concurrent   x !' }),
      shown: makePost({ id: 's5', text: 'Les concurrents sont loin' }),
    },
    {
      rule: 'media-only',
      rules: { content: 'media-only' },
      hidden: makePost({ id: 'h6', text: 'juste du texte' }),
      shown: makePost({ id: 's6', media: [{ type: 'image', url: 'https://example.com/a.jpg' }] }),
    },
    {
      rule: 'text-only',
      rules: { content: 'text-only' },
      hidden: makePost({ id: 'h7', media: [{ type: 'image', url: 'https://example.com/a.jpg' }] }),
      shown: makePost({ id: 's7' }),
    },
  ];
  for (const c of cases) {
    it(`${c.rule}: the post is stored hidden, never served nor streamed, logged and counted`, async () => {
      const { store, events, submit } = setup(c.rules);
      await submit(c.hidden, c.shown);
      expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([c.shown.key]);
      expect((await store.reader.getPost(c.hidden.key))?.state).toBe('hidden');
      expect(streamedPostKeys(events)).toEqual([c.shown.key]);
      expect(await store.reader.hiddenCount(Date.now())).toBe(1);
      const [entry] = await store.reader.auditPage(10);
      expect(entry).toMatchObject({
        postKey: c.hidden.key,
        action: 'hide',
        why: c.rule,
        who: 'rule',
        network: c.hidden.network,
      });
      expect(entry?.restoredAtMs).toBeUndefined();
      // The settings' list shows it, marked hidden.
      expect((await store.reader.recentPosts(10)).find((p) => p.key === c.hidden.key)?.state).toBe('hidden');
    });
  }

  it("never hides the brand's own answers", async () => {
    const { store, submit } = setup({ content: 'media-only', blockedKeywords: ['merci'] });
    await submit(makePost({ id: 'b', text: 'Merci pour votre retour', author: { isBrand: true } }));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:b']);
  });

  it('re-evaluates an edit: a clean post edited into a rude one leaves the screens; edited back, it returns', async () => {
    const { store, events, submit } = setup({ blockedKeywords: ['arnaque'] });
    await submit(makePost({ id: 'e', text: 'Très bon accueil' }));
    await submit(makePost({ id: 'e', text: 'Une arnaque', editedAt: '2026-03-01T10:05:00.000Z' }));
    expect(events.at(-1)).toEqual({ type: 'remove', data: { key: 'mastodon:e', reason: 'hidden' } });
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
    expect(await store.reader.hiddenCount(Date.now())).toBe(1);
    await submit(makePost({ id: 'e', text: 'Très bon accueil finalement', editedAt: '2026-03-01T10:10:00.000Z' }));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:e']);
    expect(await store.reader.hiddenCount(Date.now())).toBe(0);
    const [restore, hide] = await store.reader.auditPage(10);
    expect(restore).toMatchObject({ action: 'restore', who: 'rule' });
    expect(hide?.restoredAtMs).toBeDefined();
  });

  it('the pipeline judges what arrives by the rules in force (stored posts wait for the re-evaluation)', async () => {
    const { store, submit, setRules } = setup({});
    await submit(makePost({ id: 'old', text: 'arnaque' }));
    setRules({ blockedKeywords: ['arnaque'] });
    await submit(makePost({ id: 'new', text: 'arnaque' }));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:old']);
  });
});

describe('hide and restore by a person', () => {
  it('hides (remove event, counted, audited), restores (post event, audit closed), and the decision survives an edit', async () => {
    const { store, events, submit, desk } = setup({});
    await submit(makePost({ id: 'p', text: 'Un avis' }));
    const hidden = await desk.hide('mastodon:p', 'insulte un employé');
    expect(hidden.kind).toBe('changed');
    expect(events.at(-1)).toEqual({ type: 'remove', data: { key: 'mastodon:p', reason: 'hidden' } });
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
    expect(await desk.hiddenCount()).toBe(1);
    expect((await desk.hide('mastodon:p')).kind).toBe('unchanged');

    // Neither a re-fetch nor an edit brings it back: a person decided.
    await submit(makePost({ id: 'p', text: 'Un avis' }));
    await submit(makePost({ id: 'p', text: 'Un avis modifié', editedAt: '2026-03-01T10:30:00.000Z' }));
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
    expect(streamedPostKeys(events)).toEqual(['mastodon:p']);

    const restored = await desk.restore('mastodon:p');
    expect(restored.kind === 'changed' && restored.post.state).toBe('live');
    expect(events.at(-1)?.type).toBe('post');
    expect((await store.reader.newestForPanel(ALL, 10)).map((p) => [p.key, p.state, p.text])).toEqual([
      ['mastodon:p', 'live', 'Un avis modifié'],
    ]);
    expect(await desk.hiddenCount()).toBe(0);
    const [restoreEntry, hideEntry] = await desk.audit(10);
    expect(restoreEntry).toMatchObject({ action: 'restore', who: 'admin', why: 'restored by a person' });
    expect(hideEntry).toMatchObject({
      action: 'hide',
      who: 'admin',
      why: 'insulte un employé',
      excerpt: 'Un avis',
      restoredAtMs: Date.parse('2026-03-01T12:00:00.000Z'),
    });
  });

  it("memory-only posts: a person's hide and restore hold over a re-fetch, an edit and the rules, edit after edit", async () => {
    const { store, events, submitMemory, desk, setRules, reevaluate } = setup({ blockedKeywords: ['arnaque'] });
    await submitMemory(
      makePost({ id: 'hid', network: 'foursquare', text: 'Un avis' }),
      makePost({ id: 'kept', network: 'foursquare', text: 'Une arnaque' }),
    );
    expect((await store.reader.getPost('foursquare:kept'))?.state).toBe('hidden');
    expect((await desk.hide('foursquare:hid', 'insulte un employé')).kind).toBe('changed');
    expect((await desk.restore('foursquare:kept')).kind).toBe('changed');
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['foursquare:kept']);
    events.length = 0;

    // A re-fetch and two edits: the person's decisions hold (no event, the rule does not hide it again).
    await submitMemory(
      makePost({ id: 'hid', network: 'foursquare', text: 'Un avis' }),
      makePost({ id: 'kept', network: 'foursquare', text: 'Une arnaque' }),
    );
    await submitMemory(
      makePost({ id: 'hid', network: 'foursquare', text: 'Un avis modifié', editedAt: '2026-03-01T10:30:00.000Z' }),
      makePost({
        id: 'kept',
        network: 'foursquare',
        text: 'Une arnaque, vraiment',
        editedAt: '2026-03-01T10:30:00.000Z',
      }),
    );
    await submitMemory(
      makePost({
        id: 'hid',
        network: 'foursquare',
        text: 'Un avis modifié deux fois',
        editedAt: '2026-03-01T10:40:00.000Z',
      }),
      makePost({
        id: 'kept',
        network: 'foursquare',
        text: 'Une arnaque, vraiment vraiment',
        editedAt: '2026-03-01T10:40:00.000Z',
      }),
    );
    expect((await store.reader.getPost('foursquare:hid'))?.state).toBe('hidden');
    expect(await store.reader.getPost('foursquare:kept')).toMatchObject({
      state: 'live',
      text: 'Une arnaque, vraiment vraiment',
    });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['foursquare:kept']);
    expect(events.filter((e) => e.type === 'remove')).toEqual([]);
    // Only the restored post's edits reach the screens, live.
    expect(new Set(streamedPostKeys(events))).toEqual(new Set(['foursquare:kept']));
    expect(events.every((e) => e.type !== 'post' || e.data.post.state === 'live')).toBe(true);
    expect(await desk.hiddenCount()).toBe(1);

    // A change of the rules after the edits leaves them alone too (the flag survived the edits).
    setRules({ blockedKeywords: ['avis'] });
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 0, complete: true });
    setRules({});
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 0, complete: true });
    expect((await store.reader.getPost('foursquare:hid'))?.state).toBe('hidden');
    expect((await store.reader.getPost('foursquare:kept'))?.state).toBe('live');
  });

  it('a person restores a rule-hidden post and a re-fetch does not hide it again', async () => {
    const { store, submit, desk } = setup({ profanity: ['fr'] });
    await submit(makePost({ id: 'r', text: "putain que c'est bon" }));
    expect(await desk.hiddenCount()).toBe(1);
    expect((await desk.restore('mastodon:r')).kind).toBe('changed');
    await submit(makePost({ id: 'r', text: "putain que c'est bon" }));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:r']);
    expect(await desk.hiddenCount()).toBe(0);
  });

  it('memory-policy posts (never written to the file) can be hidden too, with no excerpt in the audit', async () => {
    const { store, desk } = setup({});
    await store.writer.upsertMany([
      makePost({ id: 'm', network: 'foursquare', text: 'Un tip', cachePolicy: { mode: 'memory' } }),
    ]);
    expect((await desk.hide('foursquare:m')).kind).toBe('changed');
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
    expect(await desk.hiddenCount()).toBe(1);
    expect((await desk.audit(1))[0]?.excerpt).toBe('');
  });

  it('an unknown or deleted post is not found; the author deleting a hidden post empties its excerpt', async () => {
    const { store, desk, submit } = setup({});
    expect((await desk.hide('mastodon:nope')).kind).toBe('not-found');
    await submit(makePost({ id: 'd', text: 'secret' }));
    await desk.hide('mastodon:d');
    await store.writer.markDeleted(['mastodon:d']);
    expect((await desk.restore('mastodon:d')).kind).toBe('not-found');
    expect((await desk.audit(5)).map((e) => e.excerpt)).toEqual(['']);
    expect(await desk.hiddenCount()).toBe(0);
  });

  it('pages the audit log newest first', async () => {
    const { desk, submit } = setup({});
    for (let i = 0; i < 5; i++) await submit(makePost({ id: `a${i}` }));
    for (let i = 0; i < 5; i++) await desk.hide(`mastodon:a${i}`);
    const first = await desk.audit(2);
    expect(first.map((e) => e.postKey)).toEqual(['mastodon:a4', 'mastodon:a3']);
    expect((await desk.audit(2, first.at(-1)?.id)).map((e) => e.postKey)).toEqual(['mastodon:a2', 'mastodon:a1']);
  });
});

describe('a change of the rules applies to the posts already stored', () => {
  it('a new keyword hides the stored post (remove event, audit as the rule); removing it brings the post back', async () => {
    const { store, events, submit, setRules, reevaluate } = setup({});
    await submit(makePost({ id: 'bad', text: 'Une arnaque' }), makePost({ id: 'good', text: 'Très bon accueil' }));
    events.length = 0;

    setRules({ blockedKeywords: ['arnaque'] });
    expect(await reevaluate()).toEqual({ hidden: 1, restored: 0, complete: true });
    expect(events).toEqual([{ type: 'remove', data: { key: 'mastodon:bad', reason: 'hidden' } }]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:good']);
    expect(await store.reader.hiddenCount(Date.now())).toBe(1);
    expect((await store.reader.auditPage(10))[0]).toMatchObject({
      postKey: 'mastodon:bad',
      action: 'hide',
      why: 'blocked-keyword:arnaque',
      who: 'rule',
    });
    // Judged again by the same rules: nothing more happens.
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 0, complete: true });

    events.length = 0;
    setRules({});
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 1, complete: true });
    expect(events).toEqual([
      { type: 'post', data: { post: expect.objectContaining({ key: 'mastodon:bad', state: 'live' }) } },
    ]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10)).sort()).toEqual(['mastodon:bad', 'mastodon:good']);
    expect((await store.reader.getPost('mastodon:bad'))?.state).toBe('live');
    expect(await store.reader.hiddenCount(Date.now())).toBe(0);
    const [restore, hide] = await store.reader.auditPage(10);
    expect(restore).toMatchObject({
      postKey: 'mastodon:bad',
      action: 'restore',
      who: 'rule',
      why: 'the rules changed: no rule hides it any more',
    });
    expect(hide?.restoredAtMs).toBeDefined();
  });

  it('never overrides a person: a post they hid stays hidden, one they restored stays on the wall', async () => {
    const { store, submit, desk, setRules, reevaluate } = setup({ blockedKeywords: ['arnaque'] });
    await submit(
      makePost({ id: 'person-hid', text: 'Un avis' }),
      makePost({ id: 'person-restored', text: 'Une arnaque' }),
    );
    await desk.hide('mastodon:person-hid', 'insulte un employé');
    await desk.restore('mastodon:person-restored');
    // Memory posts (never in the file) too.
    await store.writer.upsertMany([
      makePost({ id: 'tip', network: 'foursquare', text: 'Une arnaque', cachePolicy: { mode: 'memory' } }),
    ]);
    await desk.hide('foursquare:tip');
    const auditBefore = await store.reader.auditPage(50);

    setRules({});
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 0, complete: true });
    setRules({ blockedKeywords: ['arnaque', 'avis'] });
    expect(await reevaluate()).toEqual({ hidden: 0, restored: 0, complete: true });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:person-restored']);
    expect((await store.reader.getPost('mastodon:person-hid'))?.state).toBe('hidden');
    expect((await store.reader.getPost('foursquare:tip'))?.state).toBe('hidden');
    expect(await store.reader.auditPage(50)).toEqual(auditBefore);
  });

  it('judges memory posts and goes through the file page by page, deleted posts left alone', async () => {
    const { store, events, submit, setRules, reevaluate } = setup({});
    for (let i = 0; i < 7; i++) await submit(makePost({ id: `m${i}`, text: i % 2 ? 'une arnaque' : 'merci' }));
    await store.writer.markDeleted(['mastodon:m1']);
    await store.writer.upsertMany([
      makePost({ id: 'tip', network: 'foursquare', text: 'arnaque', cachePolicy: { mode: 'memory' } }),
    ]);
    events.length = 0;

    setRules({ blockedKeywords: ['arnaque'] });
    expect(await reevaluate(2)).toEqual({ hidden: 3, restored: 0, complete: true });
    expect(events.map((e) => (e.type === 'remove' ? e.data.key : e.type)).sort()).toEqual([
      'foursquare:tip',
      'mastodon:m3',
      'mastodon:m5',
    ]);
    expect(await store.reader.getPost('mastodon:m1')).toBeUndefined();
    expect(keysOf(await store.reader.newestForPanel(ALL, 10)).sort()).toEqual([
      'mastodon:m0',
      'mastodon:m2',
      'mastodon:m4',
      'mastodon:m6',
    ]);
    setRules({});
    expect(await reevaluate(2)).toEqual({ hidden: 0, restored: 3, complete: true });
  });
});

describe('a re-fetch of the same content after a decision is unchanged', () => {
  // The stored content hash follows the state a person (or a change of the rules) gave the post, so that polling
  // the same post again writes nothing and sends the screens nothing; an actual edit still goes out.
  for (const where of ['sqlite', 'memory'] as const) {
    it(`${where}: hide then restore by a person, re-fetched in between: unchanged, no event; an edit is one 'post'`, async () => {
      const { store, events, submit, submitMemory, desk } = setup({});
      const send = where === 'sqlite' ? submit : submitMemory;
      const upserts = vi.spyOn(store.writer, 'upsertMany');
      const lastChange = () => upserts.mock.settledResults.at(-1)?.value as { change: string }[];
      const post = makePost({ id: 'refetched', text: 'Bon accueil' });
      await send(post);
      expect((await desk.hide(post.key)).kind).toBe('changed');
      events.length = 0;
      await send({ ...post, fetchedAt: '2026-03-01T10:05:00.000Z' });
      expect(lastChange().map((o) => o.change)).toEqual(['unchanged']);
      expect((await desk.restore(post.key)).kind).toBe('changed');
      events.length = 0;
      await send({ ...post, fetchedAt: '2026-03-01T10:06:00.000Z' });
      expect(lastChange().map((o) => o.change)).toEqual(['unchanged']);
      expect(events).toEqual([]);
      await send({ ...post, text: 'Bon accueil, merci' });
      expect(lastChange().map((o) => o.change)).toEqual(['updated']);
      expect(streamedPostKeys(events)).toEqual([post.key]);
    });

    it(`${where}: a post a rule hid, restored by a person, re-fetched: unchanged, no second 'post'`, async () => {
      const { store, events, submit, submitMemory, desk } = setup({ blockedKeywords: ['arnaque'] });
      const send = where === 'sqlite' ? submit : submitMemory;
      const upserts = vi.spyOn(store.writer, 'upsertMany');
      const post = makePost({ id: 'contested', text: 'Pas une arnaque du tout' });
      await send(post);
      expect(await store.reader.hiddenCount(Date.now())).toBe(1);
      expect((await desk.restore(post.key)).kind).toBe('changed');
      events.length = 0;
      const report = await send({ ...post, fetchedAt: '2026-03-01T10:05:00.000Z' });
      expect((upserts.mock.settledResults.at(-1)?.value as { change: string }[]).map((o) => o.change)).toEqual([
        'unchanged',
      ]);
      expect(report.changed).toBe(0);
      expect(events).toEqual([]);
    });

    it(`${where}: a post a change of the rules restored, re-fetched: unchanged, no second 'post'`, async () => {
      const { store, events, submit, submitMemory, setRules, reevaluate } = setup({ blockedKeywords: ['arnaque'] });
      const send = where === 'sqlite' ? submit : submitMemory;
      const upserts = vi.spyOn(store.writer, 'upsertMany');
      const lastChange = () => (upserts.mock.settledResults.at(-1)?.value as { change: string }[]).map((o) => o.change);
      const post = makePost({ id: 'ruled', text: 'Une arnaque' });
      await send(post);
      setRules({});
      expect(await reevaluate()).toMatchObject({ restored: 1 });
      events.length = 0;
      await send({ ...post, fetchedAt: '2026-03-01T10:05:00.000Z' });
      expect(lastChange()).toEqual(['unchanged']);
      setRules({ blockedKeywords: ['arnaque'] });
      expect(await reevaluate()).toMatchObject({ hidden: 1 });
      await send({ ...post, fetchedAt: '2026-03-01T10:06:00.000Z' });
      expect(lastChange()).toEqual(['unchanged']);
      expect(events.filter((e) => e.type === 'post')).toEqual([]);
      expect(events.filter((e) => e.type === 'remove')).toHaveLength(1);
    });
  }
});
