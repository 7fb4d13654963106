// A followed hashtag's recent_media also lists the brand's own media and the media tagging it, without their
// author's username (issue 16, finding 1). What /media and /tags say of a media — its author, the brand's,
// a mention — wins over recent_media, whichever pass lists it first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instagramConnector } from '../../../../src/connectors/instagram/instagram-connector.ts';
import { metaTestBed, type MetaTestBed } from '../../../emulators/meta/meta-test-bed.ts';

const HOUR = 3600_000;

let bed: MetaTestBed;
beforeEach(async () => {
  bed = await metaTestBed();
});
afterEach(() => bed.close());

function run() {
  const { data, emulator } = bed;
  const options = { baseUrl: emulator.url, igUserId: data.ig.id, token: data.token, hashtags: ['maisonlumiere'] };
  return bed.run(instagramConnector, options);
}

describe('Instagram: the richer source of a media wins', () => {
  it("own and tagged media carrying the hashtag keep the brand's author and the mention, poll after poll", async () => {
    const { data, clock, emulator } = bed;
    const own = data.addIgMedia('New bakery in Nantes #maisonlumiere', 'own', data.ig.username, clock.now() - 5 * HOUR);
    const tagged = data.addIgMedia('Best croissant #maisonlumiere', 'tagged', 'paul_eats', clock.now() - 2 * HOUR);
    const other = data.addIgMedia('Sunday brunch #maisonlumiere', 'hashtag', 'someone', clock.now() - HOUR);
    const h = run();
    for (let poll = 0; poll < 3; poll++) {
      await h.runner.pollOnce();
      expect(await h.post(`instagram:${own.id}`)).toMatchObject({
        kind: 'post',
        author: { isBrand: true, handle: data.ig.username },
      });
      expect(await h.post(`instagram:${tagged.id}`)).toMatchObject({
        kind: 'mention',
        author: { isBrand: false, handle: 'paul_eats' },
      });
      expect(await h.post(`instagram:${other.id}`)).toMatchObject({ kind: 'post', author: { name: 'Instagram user' } });
      clock.advance(60_000);
    }
    // recent_media did list them (without username): the connector chose the richer version.
    const hashtagPage = emulator.requests.filter((r) => r.path.endsWith('/recent_media'));
    expect(hashtagPage.length).toBeGreaterThan(0);
  });

  it('a media first seen through the hashtag becomes the mention /tags says it is, and stays so', async () => {
    const { data, clock } = bed;
    const late = data.addIgMedia('Look who tagged #maisonlumiere', 'hashtag', 'claire.b', clock.now() - HOUR);
    const h = run();
    await h.runner.pollOnce();
    expect(await h.post(`instagram:${late.id}`)).toMatchObject({ kind: 'post', author: { name: 'Instagram user' } });
    late.where = 'tagged'; // /tags lists it from now on
    for (let poll = 0; poll < 2; poll++) {
      clock.advance(60_000);
      await h.runner.pollOnce();
      expect(await h.post(`instagram:${late.id}`)).toMatchObject({ kind: 'mention', author: { handle: 'claire.b' } });
    }
  });
});
