// The first steps, for a newcomer (until the wall records the setup finished or skipped) or on request from
// the page. Short steps — the IT PIN (while none is chosen), the brand (name, hashtags, handles), a first
// account, what each screen shows, the language — then one save, which records the setup finished and
// removes the demo if it ran; Skip records it skipped. The focus follows the steps: each one's heading takes it.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { addSource, DEMO_TYPE, isDemoOnly, withoutDemo } from '../draft-config.ts';
import { useNewPin } from '../pin/NewPinFields.tsx';
import { SaveBar } from '../SaveBar.tsx';
import { SettingsHeader } from '../SettingsHeader.tsx';
import type { SettingsEditor } from '../use-settings-editor.ts';
import { recordSkipped } from './record-skipped.ts';
import { SetupStepBody } from './SetupStepBody.tsx';
import { setupSteps, SetupSteps, type SetupStep } from './SetupSteps.tsx';
import './setup.css';

/** Which step holds a refused field, to go back to it. */
function stepOf(field: string): SetupStep {
  if (field.startsWith('brand.')) return 'brand';
  if (field.startsWith('sources')) return 'account';
  if (field.startsWith('panels') || field.startsWith('screens')) return 'screens';
  return 'language';
}

interface GuidedSetupProps {
  editor: SettingsEditor;
  /** False while no IT PIN is chosen: the setup starts with it. */
  pinSet: boolean;
  onPinChosen: () => void;
  onDone: () => void;
}

export function GuidedSetup({ editor, pinSet, onPinChosen, onDone }: GuidedSetupProps) {
  const { t } = useI18n();
  const { draft, setDraft, settings } = editor;
  // The steps are fixed when the setup opens: choosing the PIN does not renumber them.
  const [steps] = useState(() => setupSteps(!pinSet));
  // On the demo, Finish removes it; on a wall already set up, it saves. (Fixed when the setup opens.)
  const [onDemo] = useState(() => isDemoOnly(settings.config));
  const context = onDemo ? undefined : 'set';
  const [step, setStep] = useState<SetupStep>(steps[0] ?? 'brand');
  const pin = useNewPin();
  const [skipping, setSkipping] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = steps.indexOf(step);
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
    const saved = await editor.save({ ...withoutDemo(draft), setup: 'finished' });
    if (saved) onDone();
  };
  const skip = async () => {
    setSkipping(true);
    await recordSkipped(editor);
    onDone();
  };
  // A refused save goes back to the step of the first refused field (the editor then focuses it).
  useEffect(() => {
    const first = editor.status.kind === 'refused' ? editor.status.errors[0] : undefined;
    if (first) setStep(stepOf(first.field));
  }, [editor.status]);

  const next = () => {
    if (index === steps.length - 1) void finish();
    else setStep(steps[index + 1] ?? step);
  };
  const canGoOn = step !== 'account' || (account !== undefined && account.type !== '');
  return (
    <div className="settings settings--setup" data-testid="guided-setup">
      <SettingsHeader brandName={settings.config.brand.name} subtitle={t('settings.setup.intro', { context })} />
      <form
        className="setup"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!canGoOn) return;
          // The PIN step saves the PIN (once) before going on.
          if (step === 'pin' && !pinSet)
            void pin.submit(e, () => {
              onPinChosen();
              next();
            });
          else next();
        }}
      >
        <SetupSteps steps={steps} current={step} />
        <section className="setup__step" aria-labelledby="setup-step-heading">
          <p className="setup__count">{t('settings.setup.stepOf', { step: index + 1, total: steps.length })}</p>
          <h2 id="setup-step-heading" ref={heading} tabIndex={-1}>
            {t(`settings.setup.steps.${step}`)}
          </h2>
          <SetupStepBody step={step} editor={editor} pin={pin} pinSet={pinSet} canGoOn={canGoOn} onDemo={onDemo} />
        </section>
        <div className="setup__nav">
          {index > 0 ? (
            <button type="button" className="button button--quiet" onClick={() => setStep(steps[index - 1] ?? step)}>
              {t('settings.setup.back')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button button--primary"
            disabled={!canGoOn || editor.status.kind === 'saving' || pin.busy}
          >
            {index === steps.length - 1 ? t('settings.setup.finish', { context }) : t('settings.setup.next')}
          </button>
          <button type="button" className="button button--link" disabled={skipping} onClick={() => void skip()}>
            {t('settings.setup.skip')}
          </button>
        </div>
        {editor.status.kind === 'refused' || editor.status.kind === 'failed' ? (
          <div className="setup__status">
            {/* No Save button here: Finish is it. */}
            <SaveBar status={editor.status} dirty={false} onDiscard={editor.discard} actions={false} />
          </div>
        ) : null}
      </form>
    </div>
  );
}
