// One source in the list: what it is, its live health, and what IT can do with it (edit, pause, remove).
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftSource } from '../draft-config.ts';
import type { FieldErrors } from '../fields/field-errors.ts';
import { connectorName } from './connector-name.ts';
import { SourceEditor } from './SourceEditor.tsx';
import { SourceHealthSummary } from './SourceHealthSummary.tsx';
import type { HealthView } from './use-source-health.ts';

interface SourceRowProps {
  source: DraftSource;
  index: number;
  connectors: readonly ConnectorFormView[];
  stored: DraftSource | undefined;
  health: HealthView;
  errors: FieldErrors;
  open: boolean;
  onToggle: () => void;
  onChange: (next: DraftSource) => void;
  onRemove: () => void;
}

export function SourceRow({
  source,
  index,
  connectors,
  stored,
  health,
  errors,
  open,
  onToggle,
  onChange,
  onRemove,
}: SourceRowProps) {
  const { t } = useI18n();
  const connector = connectors.find((c) => c.type === source.type);
  const type = connector ? connectorName(connector, t) : { text: source.type };
  const editorId = `source-editor-${index}`;
  const headingId = `source-heading-${index}`;
  return (
    <li
      className={`source-row${source.enabled ? '' : ' source-row--paused'}`}
      data-testid="source-row"
      data-source={source.id}
      aria-labelledby={headingId}
    >
      <div className="source-row__head">
        <div className="source-row__what">
          <h3 id={headingId} className="source-row__title">
            {source.id ? <span translate="no">{source.id}</span> : t('settings.sources.addTitle')}{' '}
            <span className="source-row__type" lang={type.lang}>
              {type.text}
            </span>
          </h3>
          {!stored ? <p className="source-row__note">{t('settings.sources.notSaved')}</p> : null}
          {!source.enabled ? <p className="source-row__note">{t('settings.sources.paused')}</p> : null}
        </div>
        <div className="source-row__health">
          {health.kind === 'live' && stored ? (
            <SourceHealthSummary health={health.byId.get(source.id)} enabled={source.enabled} />
          ) : null}
        </div>
        <div className="source-row__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={open}
            aria-controls={editorId}
            onClick={onToggle}
          >
            {open ? t('settings.sources.close') : t('settings.sources.edit')}
            <span className="visually-hidden"> {source.id}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ ...source, enabled: !source.enabled })}
          >
            {source.enabled ? t('settings.sources.pause') : t('settings.sources.resume')}
            <span className="visually-hidden"> {source.id}</span>
          </button>
          <button
            type="button"
            className="button button--quiet button--danger"
            onClick={() => {
              if (window.confirm(t('settings.sources.removeConfirm', { id: source.id }))) onRemove();
            }}
          >
            {t('settings.sources.remove')}
            <span className="visually-hidden"> {source.id}</span>
          </button>
        </div>
      </div>
      {open ? (
        <div id={editorId} className="source-row__editor">
          <SourceEditor
            source={source}
            path={`sources[${index}]`}
            connectors={connectors}
            stored={stored}
            errors={errors}
            isNew={!stored}
            onChange={onChange}
          />
        </div>
      ) : null}
    </li>
  );
}
