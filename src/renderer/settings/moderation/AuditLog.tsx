// The audit log: every post hidden by a rule or by a person (what, why, who, when) and whether it came
// back; newest first, older pages on demand; and the wall's hidden counter.
import type { AuditEntryView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DATA, TextWithData } from '../fields/TextWithData.tsx';
import { auditReason, HIDDEN_BY_A_PERSON } from './audit-reason.ts';
import type { ModerationDesk } from './use-moderation.ts';

export function AuditLog({ desk }: { desk: ModerationDesk }) {
  const { t, language } = useI18n();
  const when = (iso: string) => new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  const why = (e: AuditEntryView) => (e.action === 'restore' ? '—' : auditReason(e, t));
  return (
    <div className="moderation-block" data-testid="moderation-audit">
      <h3 id="moderation-audit-title">{t('settings.moderation.audit.title')}</h3>
      <p className="moderation-hidden" data-testid="moderation-hidden" data-hidden={desk.hidden}>
        {desk.hidden === undefined
          ? t('settings.moderation.loading')
          : t('settings.moderation.audit.hidden', { count: desk.hidden })}
      </p>
      {desk.audit?.length === 0 ? <p className="settings-note">{t('settings.moderation.audit.none')}</p> : null}
      {desk.audit?.length ? (
        <div className="moderation-audit__scroll">
          <table className="moderation-audit" aria-labelledby="moderation-audit-title">
            <thead>
              <tr>
                <th scope="col">{t('settings.moderation.audit.what')}</th>
                <th scope="col">{t('settings.moderation.audit.why')}</th>
                <th scope="col">{t('settings.moderation.audit.who')}</th>
                <th scope="col">{t('settings.moderation.audit.when')}</th>
                <th scope="col">{t('settings.moderation.audit.restored')}</th>
              </tr>
            </thead>
            <tbody>
              {desk.audit.map((e) => (
                <tr key={e.id} data-testid="audit-entry" data-action={e.action} data-key={e.postKey}>
                  <td>
                    <strong>{t(`settings.moderation.audit.actions.${e.action}`)}</strong>{' '}
                    <TextWithData
                      text={t('settings.moderation.audit.postBy', {
                        author: DATA,
                        network: t(`networks.${e.network as 'x'}`, { defaultValue: e.network }),
                      })}
                      data={e.author}
                    />
                    {e.excerpt ? (
                      <span className="moderation-audit__excerpt" translate="no">
                        {e.excerpt}
                      </span>
                    ) : null}
                  </td>
                  {/* A person's own reason is theirs, as written. */}
                  <td translate={e.who === 'admin' && e.why !== HIDDEN_BY_A_PERSON ? 'no' : undefined}>{why(e)}</td>
                  <td>{t(`settings.moderation.audit.whoIs.${e.who}`)}</td>
                  <td>
                    <time dateTime={e.at}>{when(e.at)}</time>
                  </td>
                  <td>
                    {e.action === 'hide' ? (
                      e.restoredAt ? (
                        <time dateTime={e.restoredAt}>{when(e.restoredAt)}</time>
                      ) : (
                        t('settings.no')
                      )
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {desk.hasMore ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void desk.more()}
          disabled={desk.loadingMore}
        >
          {desk.loadingMore ? t('settings.moderation.loading') : t('settings.moderation.audit.more')}
        </button>
      ) : null}
    </div>
  );
}
