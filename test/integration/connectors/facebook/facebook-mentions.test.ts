// Posts the page is tagged in (issue 16, finding 2): Graph's /feed lists them too, beside /tagged. They are
// mentions whichever pass lists them first — a post of someone else's timeline and a visitor's post on the
// page that tags it alike — and stay so from poll to poll; the page's own posts and plain visitor posts stay posts.
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

describe('Facebook: posts tagging the page', () => {
  it('are mentions whether /feed or /tagged lists them first, poll after poll', async () => {
    const { data, clock, emulator } = bed;
    const own = data.addPagePost('Open on Sunday', clock.now() - 4 * HOUR);
    const visitor = data.addVisitorPost('Where is the Lyon store?', alice, clock.now() - 3 * HOUR);
    const elsewhere = data.addTaggedPost('Lovely dinner at Maison Lumière', bob, clock.now() - 2 * HOUR);
    const onPage = data.addVisitorPost('Thank you Maison Lumière!', alice, clock.now() - HOUR, true);
    const h = bed.run(facebookConnector, { baseUrl: emulator.url, pageId: data.page.id, token: data.token });
    const kinds = async () =>
      Object.fromEntries((await h.posts()).map((p) => [p.key.replace('facebook:', ''), p.kind]));
    const expected = { [own.id]: 'post', [visitor.id]: 'post', [elsewhere.id]: 'mention', [onPage.id]: 'mention' };

    await h.runner.pollOnce();
    expect(emulator.requests.filter((r) => r.path.endsWith('/feed') || r.path.endsWith('/tagged'))).toHaveLength(2);
    expect(await kinds()).toEqual(expected);
    clock.advance(60_000);
    await h.runner.pollOnce();
    expect(await kinds()).toEqual(expected);
    // Only what is on the page has its comments read: someone else's timeline is not the page's to read.
    data.addComment(elsewhere.id, 'Agreed!', alice);
    data.addComment(onPage.id, 'Same here', bob);
    clock.advance(60_000);
    await h.runner.pollOnce();
    const commentCalls = emulator.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.path);
    expect(commentCalls).toEqual([`/${onPage.id}/comments`]);
  });
});
