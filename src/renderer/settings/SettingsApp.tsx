// The settings window (/settings): loads the settings with the admin credential, then opens the guided
// setup until the wall records it finished or skipped (config `setup`), else the full page, whose navigation
// opens the setup again; either starts with the IT PIN while none is chosen.
// Same UI in Electron's settings window and in a browser against the headless wall. Without the admin
// credential (401: Electron's settings window opens the page bare), it asks for the PIN.
// The page's base styles first: each room's own come after them.
import './settings.css';
import { useEffect, useState } from 'react';
import type { SettingsResponse } from '../../shared/settings-contract.ts';
import { ApiError } from '../api/api-error.ts';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { StatusScreen } from '../panel/StatusScreen.tsx';
import { GuidedSetup } from './setup/GuidedSetup.tsx';
import { PinPrompt } from './pin/PinPrompt.tsx';
import { getSettings } from './settings-client.ts';
import { SettingsPage } from './SettingsPage.tsx';
import { useSettingsEditor } from './use-settings-editor.ts';

type Loaded = { kind: 'loading' } | { kind: 'ready'; settings: SettingsResponse } | { kind: 'failed'; error: Error };

export function SettingsApp() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    // A page to read and type in, unlike the kiosk's panels: scrolling and the pointer come back.
    document.body.classList.add('settings-body');
    getSettings().then(
      (settings) => setLoaded({ kind: 'ready', settings }),
      (error: unknown) =>
        setLoaded({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => document.body.classList.remove('settings-body');
  }, []);
  if (loaded.kind !== 'ready') {
    const locked = loaded.kind === 'failed' && loaded.error instanceof ApiError && loaded.error.status === 401;
    return (
      // Before the settings are read, their language is unknown: the PC's own, French by default.
      <I18nProvider language={locked && navigator.language.startsWith('en') ? 'en' : 'fr'}>
        {locked ? <PinPrompt /> : <LoadStatus loaded={loaded} />}
      </I18nProvider>
    );
  }
  return <SettingsLoaded initial={loaded.settings} />;
}

function LoadStatus({ loaded }: { loaded: Exclude<Loaded, { kind: 'ready' }> }) {
  const { t } = useI18n();
  if (loaded.kind === 'loading') return <StatusScreen message={t('settings.loading')} />;
  const refused = loaded.error instanceof ApiError && loaded.error.isAuth;
  return (
    <StatusScreen message={refused ? t('settings.refused') : t('settings.unreachable')} detail={loaded.error.message} />
  );
}

function SettingsLoaded({ initial }: { initial: SettingsResponse }) {
  const editor = useSettingsEditor(initial);
  const [guided, setGuided] = useState(() => initial.config.setup === 'unfinished');
  const [pinSet, setPinSet] = useState(initial.pinSet);
  // The page speaks the language being chosen, so IT sees the effect at once.
  const language = editor.draft.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const pin = { pinSet, onPinChosen: () => setPinSet(true) };
  return (
    <I18nProvider language={language}>
      <TitleSetter brandName={editor.settings.config.brand.name} />
      {guided ? (
        <GuidedSetup editor={editor} {...pin} onDone={() => setGuided(false)} />
      ) : (
        <SettingsPage editor={editor} {...pin} onGuide={() => setGuided(true)} />
      )}
    </I18nProvider>
  );
}

function TitleSetter({ brandName }: { brandName: string }) {
  const { t } = useI18n();
  const title = `${t('settings.pageTitle')} · ${brandName}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
