// A store PC's last word on its updates (docs/fleet.md "Updates"): the state, the release it is about, and for a
// refusal or a failure the reason, so that IT knows what to fix without going to the store.
import type { UpdateStatusView } from '../../../shared/update-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function UpdateCell({ update }: { update: UpdateStatusView | null }) {
  const { t } = useI18n();
  if (!update) return <td>{t('settings.stores.updateNone')}</td>;
  const bad = update.state === 'failed' || update.state === 'refused';
  return (
    <td className={bad ? 'stores__update stores__update--bad' : 'stores__update'} data-testid="store-update">
      {t(`settings.stores.updateStates.${update.state}`, { release: update.release ?? '' })}
      {update.reason ? <small className="stores__update-reason">{update.reason}</small> : null}
    </td>
  );
}
