// A network's name on its own colour (text, not logos: no trademark assets to ship).
import type { Network } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function NetworkChip({ network, size = 'normal' }: { network: Network; size?: 'normal' | 'small' }) {
  const { t } = useI18n();
  return (
    <span className={`network-chip network-chip--${size}`} data-network={network}>
      {t(`networks.${network}`)}
    </span>
  );
}
