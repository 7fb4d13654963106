// Sources: the list with live health; add, edit, pause, remove (applied by Save).
import { useState } from 'react';
import type { ConnectorFormView, SecretStorageView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  addSource,
  freeSourceId,
  removeSource,
  replaceSource,
  type DraftConfig,
  type DraftSource,
} from '../draft-config.ts';
import { hasErrorsUnder, type FieldErrors } from '../fields/field-errors.ts';
import { SecretStorageNote } from './SecretStorageNote.tsx';
import { SourceRow } from './SourceRow.tsx';
import type { HealthView } from './use-source-health.ts';

interface SourcesSectionProps {
  draft: DraftConfig;
  saved: DraftConfig;
  connectors: readonly ConnectorFormView[];
  health: HealthView;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
  /** Where the sources' secrets are sealed, said under the list. */
  secretStorage?: SecretStorageView;
}

/** A new source gets an id from its type as soon as the type is chosen. */
export function withTypeChosen(draft: DraftConfig, previous: DraftSource, next: DraftSource): DraftSource {
  if (
    next.type === previous.type ||
    (previous.id !== '' &&
      previous.id !== freeSourceId({ ...draft, sources: draft.sources.filter((s) => s !== previous) }, previous.type))
  )
    return next;
  return {
    ...next,
    id: next.type ? freeSourceId({ ...draft, sources: draft.sources.filter((s) => s !== previous) }, next.type) : '',
  };
}

export function SourcesSection({
  draft,
  saved,
  connectors,
  health,
  errors,
  onChange,
  secretStorage,
}: SourcesSectionProps) {
  const { t } = useI18n();
  const [openIndex, setOpenIndex] = useState<number | undefined>(undefined);
  return (
    <section className="settings-section" aria-labelledby="section-sources" id="sources">
      <h2 id="section-sources">{t('settings.sources.title')}</h2>
      <p className="settings-section__intro">{t('settings.sources.intro')}</p>
      {health.kind === 'unavailable' ? <p className="settings-note">{t('settings.health.unavailable')}</p> : null}
      {draft.sources.length === 0 ? <p className="settings-note">{t('settings.sources.none')}</p> : null}
      <ul className="source-list">
        {draft.sources.map((source, i) => (
          <SourceRow
            key={i}
            source={source}
            index={i}
            connectors={connectors}
            stored={saved.sources.find((s) => s.id === source.id && s.type === source.type)}
            health={health}
            errors={errors}
            open={openIndex === i || hasErrorsUnder(errors, `sources[${i}]`)}
            onToggle={() => setOpenIndex(openIndex === i ? undefined : i)}
            onChange={(next) => onChange(replaceSource(draft, i, withTypeChosen(draft, source, next)))}
            onRemove={() => {
              setOpenIndex(undefined);
              onChange(removeSource(draft, source.id));
            }}
          />
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          onChange(addSource(draft, { id: '', type: '', enabled: true, options: {} }));
          setOpenIndex(draft.sources.length);
          // The new row's network select takes the focus once drawn.
          requestAnimationFrame(() => document.getElementById(`field-sources-${draft.sources.length}-type`)?.focus());
        }}
      >
        {t('settings.sources.add')}
      </button>
      {secretStorage ? <SecretStorageNote storage={secretStorage} /> : null}
    </section>
  );
}
