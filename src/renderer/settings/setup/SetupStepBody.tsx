// What one step of the guided setup asks: the IT PIN, the brand, a first account, the screens, the language.
import { useI18n } from '../../i18n/i18n-context.tsx';
import { BrandIdentityFields } from '../branding/BrandingSection.tsx';
import { LanguageField } from '../branding/LanguageField.tsx';
import { DEMO_TYPE, replaceSource, withoutDemo } from '../draft-config.ts';
import { PanelsSection } from '../panels/PanelsSection.tsx';
import { NewPinFields, type NewPin } from '../pin/NewPinFields.tsx';
import { SourceEditor } from '../sources/SourceEditor.tsx';
import { withTypeChosen } from '../sources/SourcesSection.tsx';
import type { SettingsEditor } from '../use-settings-editor.ts';
import type { SetupStep } from './SetupSteps.tsx';

interface SetupStepBodyProps {
  step: SetupStep;
  editor: SettingsEditor;
  pin: NewPin;
  pinSet: boolean;
  canGoOn: boolean;
  /** The wall runs on the demo only: finishing removes it. */
  onDemo: boolean;
}

export function SetupStepBody({ step, editor, pin, pinSet, canGoOn, onDemo }: SetupStepBodyProps) {
  const { t } = useI18n();
  const { draft, setDraft, errors, settings } = editor;
  switch (step) {
    case 'pin':
      return pinSet ? (
        <p className="settings-note settings-pin__chosen">{t('settings.pin.chosen', { context: settings.mode })}</p>
      ) : (
        <>
          <p className="settings-section__intro">{t('settings.pin.chooseIntro', { context: settings.mode })}</p>
          <div className="settings-pin__form">
            <NewPinFields state={pin} />
          </div>
        </>
      );
    case 'brand':
      return (
        <>
          <p className="settings-section__intro">{t('settings.setup.brandHelp')}</p>
          <BrandIdentityFields draft={draft} errors={errors} onChange={setDraft} />
        </>
      );
    case 'account': {
      const index = draft.sources.findIndex((s) => s.type !== DEMO_TYPE);
      const account = draft.sources[index];
      if (!account) return null;
      return (
        <>
          <p className="settings-section__intro">{t('settings.setup.accountHelp')}</p>
          <SourceEditor
            source={account}
            path={`sources[${index}]`}
            connectors={settings.connectors}
            stored={undefined}
            errors={errors}
            isNew
            onChange={(next) => setDraft(replaceSource(draft, index, withTypeChosen(draft, account, next)))}
          />
          {!canGoOn ? <p className="settings-note">{t('settings.setup.needAccount')}</p> : null}
        </>
      );
    }
    case 'screens':
      return (
        <>
          <p className="settings-section__intro">{t('settings.setup.screensHelp')}</p>
          <PanelsSection
            draft={withoutDemo(draft)}
            connectors={settings.connectors}
            errors={errors}
            onChange={(next) =>
              setDraft({ ...next, sources: [...draft.sources.filter((s) => s.type === DEMO_TYPE), ...next.sources] })
            }
            canIdentifyScreens={settings.canIdentifyScreens}
            bare
          />
        </>
      );
    case 'language':
      return (
        <>
          <p className="settings-section__intro">{t('settings.setup.languageHelp')}</p>
          <LanguageField draft={draft} errors={errors} onChange={setDraft} />
          {onDemo ? <p className="settings-note">{t('settings.setup.demoGone')}</p> : null}
        </>
      );
  }
}
