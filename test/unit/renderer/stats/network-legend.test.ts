import { describe, expect, it } from 'vitest';
import { networkLegend } from '../../../../src/renderer/stats/stats-view.ts';

const row = (network: string, today: number, total = today) => ({ network, today, total });

describe('networkLegend', () => {
  it('writes every network out when they fit', () => {
    const rows = [row('facebook', 3), row('x', 9), row('instagram', 0), row('foursquare', 1)];
    expect(networkLegend(rows, 4)).toEqual({ rows, others: undefined });
  });

  it("keeps the busiest today, in the bars' order, and sums the rest into one row", () => {
    const rows = [
      row('facebook', 3, 30),
      row('x', 9, 90),
      row('instagram', 0, 5),
      row('foursquare', 1, 10),
      row('web', 5, 50),
      row('site', 2, 20),
    ];
    expect(networkLegend(rows, 4)).toEqual({
      rows: [row('facebook', 3, 30), row('x', 9, 90), row('web', 5, 50)],
      others: { networks: 3, today: 3, total: 35 },
    });
  });

  it('breaks ties by the order given', () => {
    const rows = [row('a', 1), row('b', 1), row('c', 1), row('d', 1), row('e', 1)];
    expect(networkLegend(rows, 4).rows.map((r) => r.network)).toEqual(['a', 'b', 'c']);
  });
});
