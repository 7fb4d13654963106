import { describe, expect, it } from 'vitest';
import { compareDecimalIds, maxDecimalId } from '../../../../src/connectors/shared/decimal-ids.ts';

describe('decimal ids (X and Mastodon snowflakes)', () => {
  it('orders ids past a double’s precision, where Number() would call them equal', () => {
    const a = '1860000000000000001';
    const b = '1860000000000000002';
    expect(Number(a)).toBe(Number(b));
    expect(compareDecimalIds(a, b)).toBeLessThan(0);
    expect(compareDecimalIds(b, a)).toBeGreaterThan(0);
    expect(compareDecimalIds(a, a)).toBe(0);
  });

  it('a longer id is the newer one, whatever its first digits', () => {
    expect(compareDecimalIds('99', '100')).toBeLessThan(0);
  });

  it('the newest of two, either side missing', () => {
    expect(maxDecimalId(undefined, '7')).toBe('7');
    expect(maxDecimalId('7', undefined)).toBe('7');
    expect(maxDecimalId('109', '110')).toBe('110');
    expect(maxDecimalId(undefined, undefined)).toBeUndefined();
  });
});
