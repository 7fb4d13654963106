// A discreet corner marker while the live stream is not open: the wall keeps showing what it has,
// and whoever walks by knows it is not live right now.
import type { StreamStatus } from '../api/use-wall-events.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function StreamStatusMarker({ status }: { status: StreamStatus }) {
  const { t } = useI18n();
  if (status === 'open') return null;
  return (
    <div className="stream-status" data-testid="stream-status" data-status={status} role="status">
      <span className="stream-status__dot" aria-hidden="true" />
      {t('reconnecting')}
    </div>
  );
}
