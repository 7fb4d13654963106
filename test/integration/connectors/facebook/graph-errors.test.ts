// Meta's error bodies → the wall's error kinds (the body decides, not the HTTP status).
import { describe, expect, it } from 'vitest';
import { classifyGraphError, DEFAULT_THROTTLE_WAIT_MS } from '../../../../src/connectors/meta/graph-api-error.ts';
import { graphTimeToIso } from '../../../../src/connectors/meta/graph-time.ts';

const body = (code: number, subcode?: number) => ({
  error: {
    message: 'x',
    type: 'OAuthException',
    code,
    ...(subcode ? { error_subcode: subcode } : {}),
    fbtrace_id: 't',
  },
});

describe('classifyGraphError', () => {
  it('code 190 in an HTTP 400 is an expired token', () => {
    expect(classifyGraphError('Facebook', 400, body(190, 463), undefined)).toMatchObject({
      kind: 'auth',
      message: 'Facebook: token expired — renew it in Settings',
    });
  });
  it.each([4, 17, 32, 613, 80001])(
    'throttle code %i is a rate limit, with the regain time or a default wait',
    (code) => {
      expect(classifyGraphError('Facebook', 403, body(code), 120_000)).toMatchObject({
        kind: 'rate-limit',
        retryAfterMs: 120_000,
      });
      expect(classifyGraphError('Facebook', 400, body(code), undefined)?.retryAfterMs).toBe(DEFAULT_THROTTLE_WAIT_MS);
    },
  );
  it('code 100 is a configuration error; with subcode 33 or a bare 404 the object is gone', () => {
    expect(classifyGraphError('Facebook', 400, body(100), undefined)).toMatchObject({
      kind: 'config',
      objectGone: false,
    });
    expect(classifyGraphError('Facebook', 400, body(100, 33), undefined)).toMatchObject({
      kind: 'config',
      objectGone: true,
    });
    expect(classifyGraphError('Facebook', 404, 'Not Found', undefined)?.objectGone).toBe(true);
  });
  it("a 5xx is a server error; a body that is not Graph's falls back to the generic reading", () => {
    expect(classifyGraphError('Facebook', 500, body(2), undefined)?.kind).toBe('server');
    expect(classifyGraphError('Facebook', 502, '<html>', undefined)?.kind).toBe('server');
    expect(classifyGraphError('Facebook', 418, '<html>', undefined)).toBeUndefined();
  });
});

describe('graphTimeToIso', () => {
  it('normalises "+0000" and other offsets to Z', () => {
    expect(graphTimeToIso('2026-03-01T10:15:00+0000')).toBe('2026-03-01T10:15:00.000Z');
    expect(graphTimeToIso('2026-03-01T12:15:00+0200')).toBe('2026-03-01T10:15:00.000Z');
    expect(graphTimeToIso('yesterday')).toBeUndefined();
  });
});
