// "Test connection": one real call with the source as typed. A failure says what to do in the page's
// language (by its kind), then the connector's own words (token expired, permission missing, page id
// unknown, network unreachable), which name the network's exact answer.
import { useEffect, useRef, useState } from 'react';
import type { SourceTestResponse } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftSource } from '../draft-config.ts';
import { testSource } from '../settings-client.ts';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: SourceTestResponse }
  | { kind: 'invalid'; message: string };

interface TestConnectionProps {
  source: DraftSource;
  /** A refused field's name as the form shows it ("source.options.bearerToken" → "Bearer Token"). */
  labelOf?: (field: string) => string;
  onTested?: (ok: boolean) => void;
}

export function TestConnection({ source, labelOf = (field) => field, onTested }: TestConnectionProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const result = useRef<HTMLParagraphElement>(null);
  // The outcome comes into view (above the page's sticky Save bar: the page's scroll padding).
  useEffect(() => {
    if (outcome.kind === 'done' || outcome.kind === 'invalid') result.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  const run = async () => {
    setOutcome({ kind: 'running' });
    try {
      const result = await testSource(source);
      if ('errors' in result) {
        setOutcome({
          kind: 'invalid',
          message: result.errors
            .map((e) => t('settings.test.fieldError', { field: labelOf(e.field), message: e.message }))
            .join(' · '),
        });
        onTested?.(false);
      } else {
        setOutcome({ kind: 'done', result });
        onTested?.(result.ok);
      }
    } catch (err) {
      setOutcome({ kind: 'invalid', message: err instanceof Error ? err.message : String(err) });
      onTested?.(false);
    }
  };
  let message: string | undefined;
  let detail: string | undefined;
  let tone = 'neutral';
  if (outcome.kind === 'running') message = t('settings.test.running');
  if (outcome.kind === 'invalid') {
    message = t('settings.test.invalid', { message: outcome.message });
    tone = 'bad';
  }
  if (outcome.kind === 'done') {
    const r = outcome.result;
    message = r.ok
      ? t('settings.test.ok', { count: r.items })
      : t('settings.test.failed', {
          kind: t(`settings.test.kinds.${r.kind}`),
          advice: t(`settings.test.advice.${r.kind}`),
        });
    detail = r.ok ? undefined : r.message;
    tone = r.ok ? 'good' : 'bad';
  }
  return (
    <div className="test-connection">
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={outcome.kind === 'running' || source.type === ''}
      >
        {t('settings.test.button')}
      </button>
      <p
        className={`test-connection__result test-connection__result--${tone}`}
        role="status"
        aria-live="polite"
        data-testid="test-result"
        ref={result}
      >
        {message ?? ''}
        {detail ? (
          <span className="test-connection__detail">
            {t('settings.test.detail')}{' '}
            {/* The connector's own words, as it wrote them (English): quoted for a support ticket. */}
            <span lang="en">{detail}</span>
          </span>
        ) : null}
      </p>
    </div>
  );
}
