// The guided setup's steps, as a list that says where IT is (aria-current).
import { useI18n } from '../../i18n/i18n-context.tsx';

export const SETUP_STEPS = ['brand', 'account', 'screens', 'language'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function SetupSteps({ current }: { current: SetupStep }) {
  const { t } = useI18n();
  const at = SETUP_STEPS.indexOf(current);
  return (
    <ol className="setup-steps">
      {SETUP_STEPS.map((s, i) => (
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
