// The answering page (/answer, admin credential): the customers still waiting for an answer, oldest first, each
// with a link to the post on its network, for the team that answers them. Readable on a laptop; live: the list
// is fetched again every few seconds and the waits keep counting.
import { useEffect, useState } from 'react';
import type { AnsweringResponse } from '../../shared/answering.ts';
import type { Language } from '../../shared/config.ts';
import { ApiError } from '../api/api-error.ts';
import { getJson } from '../api/get-json.ts';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { AnsweringList } from './AnsweringList.tsx';
import './answering.css';

/** How often the list is fetched again. */
const REFRESH_MS = 10_000;

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; data: AnsweringResponse }
  | { kind: 'refused'; status: number }
  | { kind: 'failed' };

export function AnsweringApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const load = async (): Promise<void> => {
      try {
        const data = await getJson('/api/settings/answering');
        if (!stopped) setState({ kind: 'ready', data });
      } catch (error) {
        if (stopped) return;
        // A refused credential stays refused: no retry loop. A failure keeps the last list and retries.
        if (error instanceof ApiError && (error.status === 401 || error.status === 403))
          return setState({ kind: 'refused', status: error.status });
        setState((current) => (current.kind === 'ready' ? current : { kind: 'failed' }));
      }
      if (!stopped) timer = window.setTimeout(() => void load(), REFRESH_MS);
    };
    void load();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);

  const language: Language =
    state.kind === 'ready' ? state.data.language : navigator.language.startsWith('en') ? 'en' : 'fr';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <AnsweringPage state={state} />
    </I18nProvider>
  );
}

function AnsweringPage({ state }: { state: State }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('stats.answering.title');
  }, [t]);
  return (
    <main className="answering" data-testid="answering-page">
      <nav className="answering__nav">
        {/* Back to the settings, which the same admin credential opens (the settings window links here). */}
        <a href="/settings">← {t('stats.answering.backToSettings')}</a>
      </nav>
      <h1 className="answering__title">{t('stats.answering.title')}</h1>
      {state.kind === 'loading' ? <p className="answering__note">{t('loading')}</p> : null}
      {state.kind === 'refused' ? (
        <p className="answering__note answering__note--error" role="alert">
          {t(state.status === 403 ? 'stats.answering.displayCredential' : 'stats.answering.needsAdmin')}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="answering__note answering__note--error" role="alert">
          {t('cannotReachEngine')}
        </p>
      ) : null}
      {state.kind === 'ready' ? <AnsweringList data={state.data} /> : null}
    </main>
  );
}
