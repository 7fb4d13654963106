// One network's counts on the stats panel.
import type { NetworkCount } from '../../shared/stats.ts';
import { NetworkChip } from '../panel/NetworkChip.tsx';

export function StatRow({ count, format }: { count: NetworkCount; format: (n: number) => string }) {
  return (
    <tr className="stat-row" data-testid={`stat-${count.network}`} data-today={count.today} data-total={count.total}>
      <th scope="row" className="stat-row__network">
        <NetworkChip network={count.network} />
      </th>
      <td className="stat-row__today">{format(count.today)}</td>
      <td className="stat-row__total">{format(count.total)}</td>
    </tr>
  );
}
