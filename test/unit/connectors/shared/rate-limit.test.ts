import { describe, expect, it } from 'vitest';
import { rateLimitBudget, readRateLimit, slowDownDelayMs } from '../../../../src/connectors/shared/rate-limit.ts';

const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('readRateLimit', () => {
  it('reads X: epoch-second resets', () => {
    const s = readRateLimit(
      { 'x-rate-limit-limit': '450', 'x-rate-limit-remaining': '12', 'x-rate-limit-reset': String(NOW / 1000 + 300) },
      NOW,
    );
    expect(s).toEqual({ limit: 450, remaining: 12, resetAt: NOW + 300_000 });
  });

  it('reads Mastodon: ISO resets, whatever the header case', () => {
    const s = readRateLimit(
      { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '299', 'X-RateLimit-Reset': '2026-11-25T10:05:00.000Z' },
      NOW,
    );
    expect(s).toEqual({ limit: 300, remaining: 299, resetAt: NOW + 300_000 });
  });

  it('reads Bluesky and Meta usage percentages (the highest wins) and regain time', () => {
    expect(
      readRateLimit(
        { 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999', 'ratelimit-reset': String(NOW / 1000 + 60) },
        NOW,
      ).resetAt,
    ).toBe(NOW + 60_000);
    const meta = readRateLimit(
      {
        'x-app-usage': '{"call_count":12,"total_cputime":4,"total_time":9}',
        'x-business-use-case-usage':
          '{"1234":[{"type":"pages","call_count":81,"total_cputime":3,"total_time":5,"estimated_time_to_regain_access":2}]}',
      },
      NOW,
    );
    expect(meta).toEqual({ usagePercent: 81, retryAt: NOW + 120_000 });
  });

  it('reads Retry-After in seconds or as a date, and ignores garbage', () => {
    expect(readRateLimit({ 'retry-after': '30' }, NOW).retryAt).toBe(NOW + 30_000);
    expect(readRateLimit({ 'retry-after': 'Wed, 25 Nov 2026 10:01:00 GMT' }, NOW).retryAt).toBe(NOW + 60_000);
    expect(readRateLimit({ 'x-app-usage': 'not json', 'x-rate-limit-remaining': 'many' }, NOW)).toEqual({});
  });
});

describe('slowDownDelayMs', () => {
  it('spreads what is left of the window, keeping a 10 % reserve', () => {
    // 100 left of 450, reserve 45 → 55 usable over 5 minutes.
    expect(slowDownDelayMs({ limit: 450, remaining: 100, resetAt: NOW + 300_000 }, NOW)).toBe(Math.round(300_000 / 55));
    expect(slowDownDelayMs({ limit: 450, remaining: 40, resetAt: NOW + 300_000 }, NOW)).toBe(300_000);
  });

  it('slows down as Meta usage climbs past 75 %, and never calls before a Retry-After', () => {
    expect(slowDownDelayMs({ usagePercent: 50 }, NOW)).toBe(0);
    expect(slowDownDelayMs({ usagePercent: 75 }, NOW)).toBe(60_000);
    expect(slowDownDelayMs({ usagePercent: 99 }, NOW)).toBe(15 * 60_000);
    expect(slowDownDelayMs({ retryAt: NOW + 90_000 }, NOW)).toBe(90_000);
  });

  it('says nothing when the network said nothing', () => {
    expect(slowDownDelayMs({}, NOW)).toBe(0);
    expect(rateLimitBudget({})).toEqual({});
    expect(rateLimitBudget({ remaining: 3, limit: 10, resetAt: NOW })).toEqual({
      rateLimitRemaining: 3,
      rateLimitLimit: 10,
      rateLimitResetAt: '2026-11-25T10:00:00.000Z',
    });
  });
});
