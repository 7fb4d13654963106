import { describe, expect, it } from 'vitest';
import {
  MAX_PAYLOAD_BYTES,
  decodeAnnouncement,
  encodeAnnouncements,
} from '../../../src/main/fleet/change-announcement.ts';

const remove = (key: string) => ({ text: JSON.stringify({ t: 'remove', d: { key, reason: 'hidden' } }) });

describe('change announcements', () => {
  it('carry a burst in as few payloads as fit under PostgreSQL’s limit, in order', () => {
    const items = Array.from({ length: 300 }, (_, i) => remove(`x:${i}`));
    const payloads = encodeAnnouncements('p1', items);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const keys = payloads.flatMap((p) =>
      (decodeAnnouncement(p)?.events ?? []).map((e) => (e.event?.type === 'remove' ? e.event.data.key : '')),
    );
    expect(keys).toEqual(items.map((_, i) => `x:${i}`));
    expect(decodeAnnouncement(payloads[0] ?? '')?.origin).toBe('p1');
  });

  it('send a post too large as its key, and leave out anything else too large', () => {
    const big = JSON.stringify({ t: 'post', d: { post: { key: 'x:big', text: 'é'.repeat(5_000) } } });
    const payloads = encodeAnnouncements('p1', [
      { text: big, postKey: 'x:big' },
      { text: JSON.stringify({ t: 'health', d: { blob: 'a'.repeat(9_000) } }) },
    ]);
    expect(payloads.map((p) => decodeAnnouncement(p)?.events)).toEqual([[{ postKey: 'x:big' }]]);
  });

  it('ignore what is not an announcement', () => {
    expect(decodeAnnouncement('not json')).toBeUndefined();
    expect(decodeAnnouncement('{"o":1}')).toBeUndefined();
    expect(decodeAnnouncement('{"o":"p","e":[{"t":"drop-tables","d":{}},{"t":"post"}]}')).toEqual({
      origin: 'p',
      events: [],
    });
  });
});
