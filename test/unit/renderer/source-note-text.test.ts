// The connectors' notes on a source's health in the settings page's language: each code worded from its
// values in French and in English; a code the page does not know gives nothing (the page quotes its English).
import { describe, expect, it } from 'vitest';
import type { SourceNote } from '../../../src/shared/source-note.ts';
import { createWallI18n } from '../../../src/renderer/i18n/wall-i18n.ts';
import { sourceNoteText } from '../../../src/renderer/settings/sources/source-note-text.ts';

const inFr = (n: SourceNote) => sourceNoteText(n, createWallI18n('fr').t, 'fr');
const inEn = (n: SourceNote) => sourceNoteText(n, createWallI18n('en').t, 'en');

describe('source note text', () => {
  it('Instagram hashtags refused: which, the weekly limit, when a slot frees', () => {
    const n: SourceNote = {
      code: 'instagram.hashtags-refused',
      params: { hashtags: ['soldes', 'noel'], limit: 30, freesAt: '2026-03-09T10:00:00.000Z' },
      text: '#soldes, #noel not followed…',
    };
    expect(inFr(n)).toMatch(
      /^Instagram : #soldes et #noel ne sont pas suivis, le compte a déjà utilisé ses 30 hashtags des 7 derniers jours\. Une place se libère le 9 mars 2026/,
    );
    expect(inEn(n)).toMatch(/^Instagram: #soldes and #noel are not followed, .* A slot frees on Mar 9, 2026/);
    const one = { ...n, params: { hashtags: ['soldes'], limit: 30 } };
    expect(inFr(one)).toBe(
      'Instagram : #soldes n’est pas suivi, le compte a déjà utilisé ses 30 hashtags des 7 derniers jours.',
    );
  });

  it('a Mastodon instance failing, an unknown brand account, the live stream dropped', () => {
    expect(
      inFr({ code: 'mastodon.instance-failing', params: { instance: 'piaille.fr', kind: 'auth' }, text: 'x' }),
    ).toMatch(/^Instance Mastodon piaille\.fr non lue \(accès\) : le réseau refuse le jeton/);
    expect(
      inEn({
        code: 'mastodon.account-unknown',
        params: { instance: 'mastodon.social', account: 'nova@mastodon.social' },
        text: 'x',
      }),
    ).toBe(
      'The instance mastodon.social does not know the brand account nova@mastodon.social: check it in the source’s options. The wall looks it up again every 10 minutes.',
    );
    expect(
      inEn({ code: 'rss.feed-failing', params: { feed: 'presse.example/feed.xml', kind: 'network' }, text: 'x' }),
    ).toMatch(/^Feed presse\.example\/feed\.xml not read \(network\): the network does not answer/);
    expect(inFr({ code: 'stream.reconnecting', params: { kind: 'network' }, text: 'x' })).toBe(
      'Le flux en direct est coupé (réseau) : il se reconnecte de lui-même, et les lectures régulières continuent en attendant.',
    );
  });

  it('a code this page does not know: nothing, so that the page quotes the English text', () => {
    const newer = { code: 'bluesky.new-thing', params: {}, text: 'Something new' } as unknown as SourceNote;
    expect(inFr(newer)).toBeUndefined();
  });
});
