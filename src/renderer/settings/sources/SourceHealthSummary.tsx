// A source's live health in words: its state, its last success, its last error as the connector said it
// (while it fails, led by what to do, in the page's language, from the error's kind), its budget figures (X
// reads and spend, Instagram hashtags used of 30, API calls left) and the connector's notes.
import type { SourceHealth } from '../../../shared/health.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../../time/relative-time.ts';
import { useNow } from '../../time/use-now.ts';
import { sourceNoteText } from './source-note-text.ts';

const num = (v: number | string | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

export function SourceHealthSummary({ health, enabled }: { health: SourceHealth | undefined; enabled: boolean }) {
  const { t, language } = useI18n();
  const now = useNow(15_000);
  if (!health)
    return (
      <p className="health health--unknown">
        {enabled ? t('settings.health.unknown') : t('settings.health.state.paused')}
      </p>
    );
  const when = (iso: string) => formatRelativeTime(iso, now, language);
  const dollars = (amount: number) =>
    new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { style: 'currency', currency: 'USD' }).format(amount);
  const b = health.budget ?? {};
  const lines: string[] = [];
  const reads = num(b['postsReadThisMonth']);
  if (reads !== undefined) {
    lines.push(
      t('settings.health.xReads', {
        count: reads,
        reads,
        spend: dollars(num(b['estimatedSpendUsd']) ?? 0),
        budget: dollars(num(b['monthlyBudgetUsd']) ?? 0),
      }),
    );
  }
  const used = num(b['hashtagsUsed']);
  if (used !== undefined)
    lines.push(t('settings.health.hashtags', { count: used, used, limit: num(b['hashtagsLimit']) ?? 30 }));
  const remaining = num(b['rateLimitRemaining']);
  if (remaining !== undefined)
    lines.push(t('settings.health.rateLimit', { remaining, limit: num(b['rateLimitLimit']) ?? '?' }));
  const usage = num(b['usagePercent']);
  // Why posts arrive late: the network's usage figures space the polls out (Meta past 75 %).
  const slowdown = health.slowdown;
  if (slowdown)
    lines.push(
      t('settings.health.slowdown', {
        percent: slowdown.usagePercent,
        minutes: Math.max(1, Math.round(slowdown.pollEveryMs / 60_000)),
      }),
    );
  else if (usage !== undefined) lines.push(t('settings.health.usage', { percent: usage }));
  // The connector's notes (hashtags refused, instances failing, the stream) in the page's words; one whose
  // code this page does not know, in the connector's English, quoted.
  const notes = (health.notes ?? []).map((note) => ({ note, words: sourceNoteText(note, t, language) }));

  return (
    <div className={`health health--${health.state}`} data-testid="source-health" data-state={health.state}>
      <p className="health__state">
        <span className="health__dot" aria-hidden="true" />
        {t(`settings.health.state.${health.state}`)}
      </p>
      <p className="health__line">
        {health.lastSuccessAt
          ? t('settings.health.lastSuccess', { when: when(health.lastSuccessAt) })
          : t('settings.health.neverSucceeded')}
      </p>
      {health.lastError ? (
        <p className="health__line health__error">
          {health.lastErrorKind && (health.state === 'failing' || health.state === 'degraded')
            ? `${t('settings.test.failed', { kind: t(`settings.test.kinds.${health.lastErrorKind}`), advice: t(`settings.test.advice.${health.lastErrorKind}`) })} `
            : null}
          {t('settings.health.lastError', { when: health.lastErrorAt ? when(health.lastErrorAt) : '—' })}{' '}
          {/* The connector's own words, as it wrote them (English): quoted for a support ticket. */}
          <span lang="en">{health.lastError}</span>
        </p>
      ) : null}
      <p className="health__line">{t('settings.health.accepted', { count: health.acceptedItems })}</p>
      {health.invalidItems > 0 ? (
        <p className="health__line" data-testid="source-refused">
          {t('settings.health.refused', { count: health.invalidItems })}
        </p>
      ) : null}
      {health.lastRefusal ? (
        <p className="health__line" data-testid="source-last-refusal">
          {t('settings.health.lastRefusal', {
            when: when(health.lastRefusal.at),
            reason: t(`settings.health.refusal.${health.lastRefusal.code}`),
          })}{' '}
          {/* The engine's own words (English), quoted. */}
          <span lang="en">{health.lastRefusal.detail}</span>
        </p>
      ) : null}
      {lines.map((line) => (
        <p key={line} className="health__line health__budget">
          {line}
        </p>
      ))}
      {notes.map(({ note, words }) => (
        <p key={note.text} className="health__line health__budget" data-testid="source-note" data-code={note.code}>
          {words ?? (
            <>
              {t('settings.health.connectorNote')} <span lang="en">{note.text}</span>
            </>
          )}
        </p>
      ))}
    </div>
  );
}
