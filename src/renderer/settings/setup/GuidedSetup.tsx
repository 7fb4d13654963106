// The first start: the wall runs on the demo source only. Four short steps — the brand (name, hashtags,
// handles), a first account, what each screen shows, the language — then one save that removes the demo.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { BrandIdentityFields } from '../branding/BrandingSection.tsx';
import { addSource, DEMO_TYPE, replaceSource, withoutDemo } from '../draft-config.ts';
import { LanguageField } from '../branding/LanguageField.tsx';
import { PanelsSection } from '../panels/PanelsSection.tsx';
import { SaveBar } from '../SaveBar.tsx';
import { SettingsHeader } from '../SettingsHeader.tsx';
import { SetupSteps, SETUP_STEPS, type SetupStep } from './SetupSteps.tsx';
import { SourceEditor } from '../sources/SourceEditor.tsx';
import { withTypeChosen } from '../sources/SourcesSection.tsx';
import type { SettingsEditor } from '../use-settings-editor.ts';

/** Which step holds a refused field, to go back to it. */
function stepOf(field: string): SetupStep {
  if (field.startsWith('brand.')) return 'brand';
  if (field.startsWith('sources')) return 'account';
  if (field.startsWith('panels') || field.startsWith('screens')) return 'screens';
  return 'language';
}

export function GuidedSetup({ editor, onDone }: { editor: SettingsEditor; onDone: () => void }) {
  const { t } = useI18n();
  const { draft, setDraft, errors, settings } = editor;
  const [step, setStep] = useState<SetupStep>('brand');
  const heading = useRef<HTMLHeadingElement>(null);
  const index = SETUP_STEPS.indexOf(step);
  const accountIndex = draft.sources.findIndex((s) => s.type !== DEMO_TYPE);
  const account = draft.sources[accountIndex];

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  // The account step starts with an empty source to fill in.
  useEffect(() => {
    if (step === 'account' && accountIndex < 0)
      setDraft(addSource(draft, { id: '', type: '', enabled: true, options: {} }));
  }, [step, accountIndex, draft, setDraft]);

  const finish = async () => {
    const saved = await editor.save(withoutDemo(draft));
    if (saved) onDone();
  };
  // A refused save goes back to the step of the first refused field (the editor then focuses it).
  useEffect(() => {
    const first = editor.status.kind === 'refused' ? editor.status.errors[0] : undefined;
    if (first) setStep(stepOf(first.field));
  }, [editor.status]);

  const canGoOn = step !== 'account' || (account !== undefined && account.type !== '');
  return (
    <div className="settings settings--setup" data-testid="guided-setup">
      <SettingsHeader brandName={settings.config.brand.name} subtitle={t('settings.setup.intro')} />
      <form
        className="setup"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!canGoOn) return;
          if (index === SETUP_STEPS.length - 1) void finish();
          else setStep(SETUP_STEPS[index + 1] ?? step);
        }}
      >
        <SetupSteps current={step} />
        <section className="setup__step" aria-labelledby="setup-step-heading">
          <p className="setup__count">{t('settings.setup.stepOf', { step: index + 1, total: SETUP_STEPS.length })}</p>
          <h2 id="setup-step-heading" ref={heading} tabIndex={-1}>
            {t(`settings.setup.steps.${step}`)}
          </h2>
          {step === 'brand' ? (
            <>
              <p className="settings-section__intro">{t('settings.setup.brandHelp')}</p>
              <BrandIdentityFields draft={draft} errors={errors} onChange={setDraft} />
            </>
          ) : null}
          {step === 'account' && account ? (
            <>
              <p className="settings-section__intro">{t('settings.setup.accountHelp')}</p>
              <SourceEditor
                source={account}
                path={`sources[${accountIndex}]`}
                connectors={settings.connectors}
                stored={undefined}
                errors={errors}
                isNew
                onChange={(next) => setDraft(replaceSource(draft, accountIndex, withTypeChosen(draft, account, next)))}
              />
              {!canGoOn ? <p className="settings-note">{t('settings.setup.needAccount')}</p> : null}
            </>
          ) : null}
          {step === 'screens' ? (
            <>
              <p className="settings-section__intro">{t('settings.setup.screensHelp')}</p>
              <PanelsSection
                draft={withoutDemo(draft)}
                errors={errors}
                onChange={(next) =>
                  setDraft({
                    ...next,
                    sources: [...draft.sources.filter((s) => s.type === DEMO_TYPE), ...next.sources],
                  })
                }
                canIdentifyScreens={settings.canIdentifyScreens}
                bare
              />
            </>
          ) : null}
          {step === 'language' ? (
            <>
              <p className="settings-section__intro">{t('settings.setup.languageHelp')}</p>
              <LanguageField draft={draft} errors={errors} onChange={setDraft} />
              <p className="settings-note">{t('settings.setup.demoGone')}</p>
            </>
          ) : null}
        </section>
        <div className="setup__nav">
          {index > 0 ? (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setStep(SETUP_STEPS[index - 1] ?? step)}
            >
              {t('settings.setup.back')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button button--primary"
            disabled={!canGoOn || editor.status.kind === 'saving'}
          >
            {index === SETUP_STEPS.length - 1 ? t('settings.setup.finish') : t('settings.setup.next')}
          </button>
          <button type="button" className="button button--link" onClick={onDone}>
            {t('settings.setup.skip')}
          </button>
        </div>
        {editor.status.kind === 'refused' || editor.status.kind === 'failed' ? (
          <SaveStatusOnly editor={editor} />
        ) : null}
      </form>
    </div>
  );
}

/** The save's outcome in the guided setup (no Save button there: Finish is it). */
function SaveStatusOnly({ editor }: { editor: SettingsEditor }) {
  return (
    <div className="setup__status">
      <SaveBar status={editor.status} dirty={false} onDiscard={editor.discard} actions={false} />
    </div>
  );
}
