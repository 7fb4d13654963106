// The bar under the page: Save, and what became of the last save ("Applied to the wall", or what to fix).
import { useI18n } from '../i18n/i18n-context.tsx';
import { fieldId } from './fields/field-id.ts';
import type { SaveStatus } from './use-settings-editor.ts';

interface SaveBarProps {
  status: SaveStatus;
  dirty: boolean;
  onDiscard: () => void;
  /** False where another button saves (the guided setup's Finish). */
  actions?: boolean;
}

export function SaveBar({ status, dirty, onDiscard, actions = true }: SaveBarProps) {
  const { t } = useI18n();
  // Errors whose field has no input on the page are listed here, by path.
  const unplaced =
    status.kind === 'refused' ? status.errors.filter((e) => !document.getElementById(fieldId(e.field))) : [];
  return (
    <div className="save-bar" data-testid="save-bar">
      <div className="save-bar__status" role="status" aria-live="polite" data-testid="save-status">
        {status.kind === 'saving' ? t('settings.saving') : null}
        {status.kind === 'saved' ? (
          <>
            <strong className="save-bar__ok">{t('settings.saved')}</strong>{' '}
            <span className="save-bar__detail">{t('settings.savedDetail')}</span>
          </>
        ) : null}
        {status.kind === 'refused' ? (
          <span className="save-bar__bad" tabIndex={-1} data-error-anchor={unplaced.length ? '' : undefined}>
            {t('settings.fixErrors', { count: status.errors.length })}
            {unplaced.map((e) => ` ${e.field}: ${e.message}.`).join('')}
          </span>
        ) : null}
        {status.kind === 'failed' ? (
          <span className="save-bar__bad">{t('settings.saveFailed', { message: status.message })}</span>
        ) : null}
        {status.kind === 'idle' && dirty ? <span className="save-bar__detail">{t('settings.unsaved')}</span> : null}
      </div>
      {actions ? (
        <div className="save-bar__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={onDiscard}
            disabled={!dirty || status.kind === 'saving'}
          >
            {t('settings.discard')}
          </button>
          <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
            {t('settings.save')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
