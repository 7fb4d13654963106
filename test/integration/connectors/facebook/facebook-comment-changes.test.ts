// Edits and deletes of comments followed within the poll interval (issue 16, finding 6): each poll re-reads
// the comments of the posts on screen (those with comments of the last 24 h), one call per such post, so an
// edit shows and a deleted or hidden comment leaves the wall at the next poll — at default settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { facebookConnector } from '../../../../src/connectors/facebook/facebook-connector.ts';
import { metaTestBed, type MetaTestBed } from '../../../emulators/meta/meta-test-bed.ts';

const HOUR = 3600_000;
const alice = { id: '555001', name: 'Alice Martin' };
const bob = { id: '555002', name: 'Bob Leroy' };

let bed: MetaTestBed;
beforeEach(async () => {
  bed = await metaTestBed();
});
afterEach(() => bed.close());

describe('Facebook: comment edits and deletes', () => {
  it('show at the next poll, with one call per post that has recent comments', async () => {
    const { data, clock, emulator } = bed;
    const post = data.addPagePost('New opening hours', clock.now() - 5 * HOUR);
    const quiet = data.addPagePost('An old announcement without comments', clock.now() - 4 * HOUR);
    const question = data.addComment(post.id, 'Open on Sunday?', alice, clock.now() - 3 * HOUR);
    const rude = data.addComment(post.id, 'Whatever', bob, clock.now() - 2 * HOUR);
    const reply = data.addBrandReply(post.id, 'Yes, 10am to 6pm', question.id, clock.now() - HOUR);
    const h = bed.run(facebookConnector, { baseUrl: emulator.url, pageId: data.page.id, token: data.token });
    const next = async () => clock.advance(await h.runner.pollOnce());
    await next();
    expect(await h.post(`facebook:${rude.id}`)).toBeDefined();

    data.editFbComment(question.id, 'Open on Sunday morning?');
    data.deleteFbComment(rude.id);
    const before = emulator.requests.length;
    await next();
    expect((await h.post(`facebook:${question.id}`))?.text).toBe('Open on Sunday morning?');
    expect(await h.post(`facebook:${rude.id}`)).toBeUndefined();
    expect((await h.post(`facebook:${reply.id}`))?.parentKey).toBe(`facebook:${question.id}`);
    const calls = emulator.requests.slice(before).map((r) => r.path);
    expect(calls.filter((p) => p.endsWith('/comments'))).toEqual([`/${post.id}/comments`]);
    expect(calls).not.toContain(`/${quiet.id}/comments`);

    // The page hides a comment: gone at the next poll too.
    data.fbComments.find((c) => c.id === reply.id)!.hidden = true;
    await next();
    expect(await h.post(`facebook:${reply.id}`)).toBeUndefined();
  });
});
