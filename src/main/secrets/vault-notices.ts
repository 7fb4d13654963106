// The connector vault's problems among the wall's notices (GET /api/health, the settings page). A notice
// replaces an earlier one with the same code instead of piling up (a full disk fails every hourly token
// renewal: one notice, the latest), and a later successful write removes "not written". The list is the one
// the engine reads: changed in place.
import type { Logger } from '../logger.ts';
import type { WallNotice } from '../../shared/health.ts';
import type { VaultFileReport } from './connector-vault-file.ts';

export function vaultNotices(notices: WallNotice[], logger: Logger): { report: VaultFileReport; written: () => void } {
  const report: VaultFileReport = (message, detail) => {
    logger.error('connector secrets', { problem: message });
    const notice: WallNotice = { level: 'warning', message, at: new Date().toISOString(), ...detail };
    const index = notices.findIndex((n) => n.code === detail.code);
    if (index >= 0) notices[index] = notice;
    else notices.push(notice);
  };
  const written = (): void => {
    const index = notices.findIndex((n) => n.code === 'connector-secrets-not-written');
    if (index < 0) return;
    logger.info('connector secrets', { written: 'the run-time secrets file is written again' });
    notices.splice(index, 1);
  };
  return { report, written };
}
