// The views' navigation: one link per view (its #fragment), the current one marked; a view with fields a
// save refused says how many. Then the answering page (/answer: the customers waiting for an answer; the admin
// cookie this window holds opens it too), and last the guided setup, to walk the first steps again.
import { useI18n } from '../i18n/i18n-context.tsx';
import type { FieldErrors } from './fields/field-errors.ts';
import type { SettingsView } from './settings-views.tsx';

interface SettingsNavProps {
  views: readonly SettingsView[];
  current: SettingsView;
  errors: FieldErrors;
  onShow: (id: string) => void;
  onGuide?: () => void;
}

export function SettingsNav({ views, current, errors, onShow, onGuide }: SettingsNavProps) {
  const { t } = useI18n();
  return (
    <nav className="settings__nav" aria-label={t('settings.nav.label')}>
      <ul>
        {views.map((v) => {
          const refused = [...errors.keys()].filter((field) => v.edits?.(field)).length;
          return (
            <li key={v.id}>
              <a
                href={`#${v.id}`}
                aria-current={v.id === current.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onShow(v.id);
                }}
              >
                {v.label(t)}
                {refused ? (
                  <span className="settings__nav-errors"> {t('settings.nav.toFix', { count: refused })}</span>
                ) : null}
              </a>
            </li>
          );
        })}
        <li className="settings__nav-answering">
          <a href="/answer">{t('settings.nav.answering')}</a>
        </li>
        {onGuide ? (
          <li className="settings__nav-guide">
            <button type="button" className="button button--link" onClick={onGuide}>
              {t('settings.nav.guide')}
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
