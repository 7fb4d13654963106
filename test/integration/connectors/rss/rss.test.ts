// The `rss` connector against the web-feed emulator (a press RSS 2.0 feed and a Google Alert in Atom), on
// the wall's runtime: real SourceRunner, ingest pipeline and SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rssConnector } from '../../../../src/connectors/rss/rss-connector.ts';
import { webPostKey } from '../../../../src/connectors/rss/map-web-entry.ts';
import { connectorHarness, testClock, type ConnectorHarness } from '../../../support/connector-harness.ts';
import { startRssEmulator, type RssEmulator } from '../../../emulators/rss/rss-emulator.ts';

const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);
const at = (minutesFromT0: number): Date => new Date(T0 + minutesFromT0 * 60_000);

describe('rss connector', () => {
  let emu: RssEmulator;
  let h: ConnectorHarness;
  const calls = (url: string) => emu.requests.filter((r) => url.endsWith(r.path));
  const open = (options: Record<string, unknown> = {}) => {
    h = connectorHarness(
      rssConnector,
      { feeds: [{ url: emu.pressUrl, label: 'Journal' }, emu.alertsUrl], ...options },
      { timers: testClock(T0) },
    );
    return h;
  };

  beforeEach(async () => {
    emu = await startRssEmulator();
    emu.press.add(
      at(-50),
      'Atelier Nova ouvre un second garage',
      '<p>Le garage <b>Atelier Nova</b> s&#39;agrandit &amp; recrute.</p><script>alert(1)</script>',
      { author: 'Marie Dupont', image: 'https://news.example.com/img/garage.jpg' },
    );
    emu.press.add(
      at(-40),
      'Le marché de l’entretien automobile',
      '<p>Une analyse du secteur, sans citer de marque.</p>',
    );
    emu.press.add(at(-30), 'Avis : atelier nova, un service rapide', '<p>Notre essai.</p>', {
      author: 'redaction@example.com (La Rédaction)',
    });
    emu.alerts.add(at(-20), 'Atelier Nova élu meilleur garage de Lyon', '<p>Le classement annuel…</p>', {
      link: 'https://www.lyon-actu.example/classement',
    });
    emu.alerts.add(at(-10), 'Innovation : les garages se mettent au digital', '<p>Des ateliers novateurs.</p>');
  });
  afterEach(async () => {
    await h?.close();
    await emu.close();
  });

  it("maps the first poll's items to web mentions: plain text, link, author, date, language, pictures", async () => {
    open();
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 0 });
    expect(await h.posts()).toHaveLength(5);
    const first = emu.press.items[0];
    if (!first) throw new Error('dataset');
    const post = await h.post(webPostKey(emu.pressUrl, first.id));
    expect(post).toMatchObject({
      network: 'web',
      kind: 'mention',
      url: first.link,
      author: { name: 'Marie Dupont', isBrand: false },
      createdAt: at(-50).toISOString(),
      lang: 'fr',
      media: [
        {
          type: 'image',
          url: 'https://news.example.com/img/garage.jpg',
          alt: 'Photo : Atelier Nova ouvre un second garage',
          width: 1200,
          height: 800,
        },
      ],
    });
    // Title, then the summary (the description, not the full content:encoded), as text; no markup, no script.
    expect(post?.text).toBe("Atelier Nova ouvre un second garage\n\nLe garage Atelier Nova s'agrandit & recrute.");
    expect(post?.key).toMatch(/^web:[0-9a-f]{40}$/);
    // An e-mail address never shows: the name in parentheses does.
    expect((await h.post(webPostKey(emu.pressUrl, 'press-3')))?.author.name).toBe('La Rédaction');
    // The Google Alert: the article's own link (not google.com/url), its site as the author, the <b> gone.
    const alert = await h.post(webPostKey(emu.alertsUrl, 'tag:google.com,2013:googlealerts/feed:alert-1'));
    expect(alert).toMatchObject({
      url: 'https://www.lyon-actu.example/classement',
      author: { name: 'lyon-actu.example' },
    });
    expect(alert?.text.startsWith('Atelier Nova élu meilleur garage de Lyon')).toBe(true);
    expect(alert?.lang).toBeUndefined();
  });

  it('asks again with If-None-Match: a 304 brings nothing, then a new item appears under a stable key', async () => {
    open();
    await h.runner.pollOnce();
    const keys = (await h.posts()).map((p) => p.key).sort();
    const fetchedAt = (await h.posts()).map((p) => p.fetchedAt);
    await h.runner.pollOnce();
    expect(calls(emu.pressUrl)[1]?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(calls(emu.alertsUrl)[1]?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(h.runner.currentHealth.budget).toMatchObject({ feeds: 2, notModified: 2 });
    // Nothing re-ingested: the stored rows are the first poll's.
    expect((await h.posts()).map((p) => p.fetchedAt)).toEqual(fetchedAt);

    emu.press.add(at(0), 'Atelier Nova inaugure sa station de lavage');
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.budget).toMatchObject({ notModified: 1 });
    expect(await h.posts()).toHaveLength(6);
    expect((await h.posts())[0]?.text).toContain('station de lavage');
    expect((await h.posts()).map((p) => p.key).filter((k) => keys.includes(k))).toHaveLength(5);
  });

  it('falls back to If-Modified-Since when a feed sends no ETag', async () => {
    emu.feedSwitches.etag = false;
    open();
    await h.runner.pollOnce();
    await h.runner.pollOnce();
    const second = calls(emu.pressUrl)[1];
    expect(second?.headers['if-modified-since']).toBe(
      new Date(Math.floor(emu.press.modifiedAt / 1000) * 1000).toUTCString(),
    );
    expect(second?.headers['if-none-match']).toBeUndefined();
    expect(h.runner.currentHealth.budget).toMatchObject({ notModified: 2 });
  });

  it('keeps only the items that mention a keyword (case and accents ignored, whole words)', async () => {
    open({ keywords: ['ATELIER NOVA'] });
    await h.runner.pollOnce();
    const titles = (await h.posts()).map((p) => p.text.split('\n')[0]).sort();
    expect(titles).toEqual([
      'Atelier Nova ouvre un second garage',
      'Atelier Nova élu meilleur garage de Lyon',
      'Avis : atelier nova, un service rapide',
    ]);
    expect(h.runner.currentHealth.budget).toMatchObject({ filteredOut: 2 });
  });

  it('takes the newest maxItemsPerPoll items of each feed', async () => {
    open({ maxItemsPerPoll: 1 });
    await h.runner.pollOnce();
    expect((await h.posts()).map((p) => p.text.split('\n')[0])).toEqual([
      'Innovation : les garages se mettent au digital',
      'Avis : atelier nova, un service rapide',
    ]);
  });

  it('skips and counts a malformed item (no guid nor link in RSS, no readable date in Atom)', async () => {
    emu.switches.malformedItems = true;
    open();
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ state: 'ok', invalidItems: 2 });
    expect(await h.posts()).toHaveLength(5);
  });

  it('names the feed in a 404, a 500 and a body that is not a feed', async () => {
    open({ feeds: [{ url: emu.pressUrl, label: 'Journal' }] });
    emu.feedSwitches.answer = 'not-found';
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ lastErrorKind: 'config' });
    expect(h.runner.currentHealth.lastError).toMatch(
      /^The feed Journal \(127\.0\.0\.1:\d+\/press\/feed\.rss\) was not found \(HTTP 404\): check its address in Settings\.$/,
    );

    emu.feedSwitches.answer = 'server-error';
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ lastErrorKind: 'server' });
    expect(h.runner.currentHealth.lastError).toContain('The feed Journal (127.0.0.1');

    emu.feedSwitches.answer = 'html';
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ lastErrorKind: 'invalid-response' });
    expect(h.runner.currentHealth.lastError).toMatch(
      /^The feed Journal \(127\.0\.0\.1:\d+\/press\/feed\.rss\) is not an RSS or Atom feed/,
    );

    emu.feedSwitches.answer = 'feed';
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
    expect(await h.posts()).toHaveLength(3);
  });

  it('goes on with the other feeds when one fails, and says which in the health', async () => {
    open({ feeds: [emu.pressUrl, `${emu.url}/gone/feed.xml`] });
    await h.runner.pollOnce();
    expect(h.runner.currentHealth.state).toBe('ok');
    expect(await h.posts()).toHaveLength(3);
    const notes = h.runner.currentHealth.notes ?? [];
    expect(notes.map((n) => [n.code, n.params])).toEqual([
      ['rss.feed-failing', { feed: expect.stringMatching(/\/gone\/feed\.xml$/) as unknown, kind: 'config' }],
    ]);
    expect(notes[0]?.text).toMatch(/^The feed 127\.0\.0\.1:\d+\/gone\/feed\.xml was not found \(HTTP 404\)/);
  });

  it('waits for Retry-After when a feed throttles', async () => {
    open({ feeds: [emu.pressUrl] });
    emu.switches.rateLimited = true;
    await h.runner.pollOnce();
    expect(h.runner.currentHealth).toMatchObject({ lastErrorKind: 'rate-limit' });
  });

  it('keys an item on its feed and guid: the same guid in another feed is another post', () => {
    expect(webPostKey(emu.pressUrl, 'a')).toBe(webPostKey(emu.pressUrl, 'a'));
    expect(webPostKey(emu.pressUrl, 'a')).not.toBe(webPostKey(emu.alertsUrl, 'a'));
  });
});
