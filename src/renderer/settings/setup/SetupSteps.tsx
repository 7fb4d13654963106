// The guided setup's steps, as a list that says where IT is (aria-current).
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Every step in order; `pin` only while no IT PIN is chosen (it then comes first). */
export const SETUP_STEPS = ['pin', 'brand', 'account', 'screens', 'language'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function setupSteps(askPin: boolean): SetupStep[] {
  return SETUP_STEPS.filter((s) => askPin || s !== 'pin');
}

export function SetupSteps({ steps, current }: { steps: readonly SetupStep[]; current: SetupStep }) {
  const { t } = useI18n();
  const at = steps.indexOf(current);
  return (
    <ol className="setup-steps">
      {steps.map((s, i) => (
        <li
          key={s}
          className={`setup-steps__item${i === at ? ' setup-steps__item--current' : ''}${i < at ? ' setup-steps__item--done' : ''}`}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="setup-steps__number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`settings.setup.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
