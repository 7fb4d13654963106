// A store PC following its hub says quietly, in the header, when its link is down: "hors ligne depuis 10 min".
// The screen keeps showing the last posts and figures; the minutes count on from when the hub was last heard.
// While it says so, the sources' dots it stands in for (`children`) are not shown: they are the hub's, as last heard.
import type { ReactNode } from 'react';
import type { HubLink } from '../../shared/health.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDuration } from '../time/format-duration.ts';
import { useNow } from '../time/use-now.ts';

/** A link down for less than this is a blink (the hub restarting): not worth a word on the wall. */
export const HUB_OFFLINE_QUIET_MS = 60_000;

export function HubLinkNote({ link, children }: { link: HubLink | undefined; children?: ReactNode }) {
  const { t } = useI18n();
  const now = useNow(30_000);
  if (!link || link.state === 'online') return children;
  const downMs = Math.max(0, now - Date.parse(link.since));
  if (link.state === 'offline' && downMs < HUB_OFFLINE_QUIET_MS) return children;
  const text =
    link.state === 'revoked' ? t('hubRevoked') : t('hubOffline', { duration: formatDuration(downMs / 1000, t) });
  return (
    <p className="hub-link" data-testid="hub-link" data-state={link.state} role="status">
      <span className="hub-link__light" aria-hidden="true" />
      {text}
    </p>
  );
}
