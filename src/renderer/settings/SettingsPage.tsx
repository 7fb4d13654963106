// The full settings page: the IT PIN first while none is chosen, then one view at a time (sources, panels and
// screens, branding and language, moderation, profile: settings-views.tsx) beside their navigation. The
// views that edit the configuration share one draft and one Save bar: an edit survives a change of view, and
// a refused save opens the view of its first refused field.
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ChoosePin } from './pin/ChoosePin.tsx';
import { SaveBar } from './SaveBar.tsx';
import { SettingsHeader } from './SettingsHeader.tsx';
import { SettingsNav } from './SettingsNav.tsx';
import { SETTINGS_VIEWS, viewOf, type SettingsView } from './settings-views.tsx';
import { useSourceHealthPoll } from './sources/use-source-health.ts';
import { useCurrentView } from './use-current-view.ts';
import type { SettingsEditor } from './use-settings-editor.ts';
import { WallNotices } from './WallNotices.tsx';

interface SettingsPageProps {
  editor: SettingsEditor;
  /** False until IT chooses the PIN: the page opens on it. */
  pinSet: boolean;
  onPinChosen: () => void;
  /** Opens the guided setup again. */
  onGuide?: () => void;
  views?: readonly SettingsView[];
}

export function SettingsPage({ editor, pinSet, onPinChosen, onGuide, views = SETTINGS_VIEWS }: SettingsPageProps) {
  const { t } = useI18n();
  const health = useSourceHealthPoll();
  const { view, show } = useCurrentView(views);
  const content = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState(false);
  // Shown once chosen, until IT leaves for another view.
  const [pinAsked] = useState(!pinSet);

  // A refused save opens the view of its first refused field, before the editor focuses that field.
  const { status } = editor;
  useLayoutEffect(() => {
    const first = status.kind === 'refused' ? status.errors[0] : undefined;
    const owner = first ? viewOf(first.field, views) : undefined;
    if (owner) show(owner.id);
  }, [status, views, show]);

  // After IT picks a view: its top, and the focus on its heading (announced by screen readers).
  useEffect(() => {
    if (!moved) return;
    window.scrollTo(0, 0);
    const heading = content.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [view, moved]);

  const go = (id: string) => {
    setMoved(true);
    show(id);
  };
  const body: ReactNode = view.render({ editor, health });
  const saveBar = <SaveBar status={editor.status} dirty={editor.dirty} onDiscard={editor.discard} />;
  return (
    <div className="settings" data-testid="settings-page" data-view={view.id}>
      <a className="skip-link" href="#settings-content">
        {t('settings.skipToContent')}
      </a>
      <SettingsHeader brandName={editor.settings.config.brand.name} />
      {pinAsked && !(pinSet && moved) ? (
        <div className="settings-pin-banner">
          <ChoosePin mode={editor.settings.mode} autoFocus onChosen={onPinChosen} />
        </div>
      ) : null}
      <div className="settings__body">
        <SettingsNav views={views} current={view} errors={editor.errors} onShow={go} onGuide={onGuide} />
        <div className="settings__content" id="settings-content" ref={content} tabIndex={-1}>
          <WallNotices notices={editor.settings.notices} />
          {view.edits && !view.ownForms ? (
            <form id="settings-main" className="settings__main" noValidate onSubmit={submitWith(editor)}>
              {body}
              {saveBar}
            </form>
          ) : (
            <>
              <div className="settings__main">{body}</div>
              {/* Unsaved edits of another view stay in sight, with their Save. */}
              {editor.dirty || editor.status.kind !== 'idle' ? (
                <form className="settings__main" noValidate onSubmit={submitWith(editor)}>
                  {saveBar}
                </form>
              ) : null}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

const submitWith = (editor: SettingsEditor) => (e: FormEvent) => {
  e.preventDefault();
  void editor.save();
};
