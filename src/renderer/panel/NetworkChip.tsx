// A network's name on its own colour (text, not logos: no trademark assets to ship).
import type { Network } from '../../shared/post.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function NetworkChip({ network, size = 'normal' }: { network: Network; size?: 'normal' | 'small' }) {
  const { messages } = useI18n();
  return (
    <span className={`network-chip network-chip--${size}`} data-network={network}>
      {messages.networks[network]}
    </span>
  );
}
