// Edits and deletes of comments followed within the poll interval (issue 16, finding 6): each poll re-reads
// the comments of the media on screen (those with comments of the last 24 h), one call per such media.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instagramConnector } from '../../../../src/connectors/instagram/instagram-connector.ts';
import { metaTestBed, type MetaTestBed } from '../../../emulators/meta/meta-test-bed.ts';

const HOUR = 3600_000;

let bed: MetaTestBed;
beforeEach(async () => {
  bed = await metaTestBed();
});
afterEach(() => bed.close());

describe('Instagram: comment edits and deletes', () => {
  it('show at the next poll, with one call per media that has recent comments', async () => {
    const { data, clock, emulator } = bed;
    const media = data.addIgMedia('Saturday opening', 'own', data.ig.username, clock.now() - 5 * HOUR);
    const quiet = data.addIgMedia('Throwback', 'own', data.ig.username, clock.now() - 4 * HOUR);
    const question = data.addIgComment(media.id, 'What time?', 'claire.b', clock.now() - 3 * HOUR);
    const gone = data.addIgComment(media.id, 'First!', 'paul_eats', clock.now() - 2 * HOUR);
    const answer = data.addIgBrandReply(media.id, question.id, '@claire.b 9am', clock.now() - HOUR);
    const h = bed.run(instagramConnector, { baseUrl: emulator.url, igUserId: data.ig.id, token: data.token });
    const next = async () => clock.advance(await h.runner.pollOnce());
    await next();
    expect(await h.post(`instagram:${gone.id}`)).toBeDefined();

    data.editIgComment(question.id, 'What time on Saturday?');
    data.deleteIgComment(gone.id);
    const before = emulator.requests.length;
    await next();
    expect((await h.post(`instagram:${question.id}`))?.text).toBe('What time on Saturday?');
    expect(await h.post(`instagram:${gone.id}`)).toBeUndefined();
    expect((await h.post(`instagram:${answer.id}`))?.parentKey).toBe(`instagram:${question.id}`);
    const calls = emulator.requests.slice(before).map((r) => r.path);
    expect(calls.filter((p) => p.endsWith('/comments'))).toEqual([`/${media.id}/comments`]);
    expect(calls).not.toContain(`/${quiet.id}/comments`);
  });
});
