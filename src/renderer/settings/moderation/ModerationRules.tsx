// The moderation rules a store may switch on (all off by default): the French and English profanity lists,
// blocked authors and keywords (one per line), media-only or text-only. Saved by the page's one Save; the
// server's refusals show next to their field.
import type { Language, ModerationConfig } from '../../../shared/config.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { errorId, fieldId, helpId } from '../fields/field-id.ts';
import { formatBlockedAuthor, parseBlockedAuthor, sameBlockedAuthor } from './blocked-authors.ts';
import { LinesInput } from './LinesInput.tsx';

interface ModerationRulesProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}

const LANGUAGES: Language[] = ['fr', 'en'];
const CONTENT: ModerationConfig['content'][] = ['all', 'media-only', 'text-only'];
const sameText = (a: string, b: string) => a === b;
const asIs = (s: string) => s;

/** Every message about a list and its items ("moderation.blockedKeywords[2]"), joined. */
function listError(errors: FieldErrors, path: string): string | undefined {
  const found = [...errors.entries()].filter(
    ([k]) => k === path || k.startsWith(`${path}[`) || k.startsWith(`${path}.`),
  );
  return (
    found
      .map(([k, m]) =>
        k === path
          ? m
          : `${m} (${k.slice(path.length).replace(/^\[(\d+)\].*$/, (_s, n: string) => `#${Number(n) + 1}`)})`,
      )
      .join('; ') || undefined
  );
}

export function ModerationRules({ draft, errors, onChange }: ModerationRulesProps) {
  const { t } = useI18n();
  const rules = draft.moderation;
  const set = (next: Partial<ModerationConfig>) => onChange({ ...draft, moderation: { ...rules, ...next } });
  const profanityPath = 'moderation.profanity';
  const profanityError = listError(errors, profanityPath);
  const toggle = (lang: Language, on: boolean) =>
    set({
      profanity: on
        ? LANGUAGES.filter((l) => l === lang || rules.profanity.includes(l))
        : rules.profanity.filter((l) => l !== lang),
    });
  return (
    <div className="moderation-rules" data-testid="moderation-rules">
      <h3 id="moderation-rules-title">{t('settings.moderation.rules.title')}</h3>
      <p className="settings-section__intro">{t('settings.moderation.rules.intro')}</p>
      <div className="settings-grid">
        <fieldset
          className={`choice-group${profanityError ? ' field--error' : ''}`}
          data-field={profanityPath}
          aria-describedby={[profanityError ? errorId(profanityPath) : '', helpId(profanityPath)]
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{t('settings.moderation.rules.profanity')}</legend>
          <div className="choice-group__items">
            {LANGUAGES.map((lang, i) => (
              <label key={lang} className="choice">
                <input
                  type="checkbox"
                  className="checkbox"
                  id={i === 0 ? fieldId(profanityPath) : fieldId(`${profanityPath}.${lang}`)}
                  aria-invalid={profanityError !== undefined}
                  checked={rules.profanity.includes(lang)}
                  onChange={(e) => toggle(lang, e.target.checked)}
                />
                {t(`settings.moderation.rules.profanityLists.${lang}`)}
              </label>
            ))}
          </div>
          {profanityError ? (
            <p className="field__error" id={errorId(profanityPath)}>
              {profanityError}
            </p>
          ) : null}
          <p className="field__help" id={helpId(profanityPath)}>
            {t('settings.moderation.rules.profanityHelp')}
          </p>
        </fieldset>
        <Field
          path="moderation.content"
          label={t('settings.moderation.rules.content')}
          help={t('settings.moderation.rules.contentHelp')}
          error={listError(errors, 'moderation.content')}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={rules.content}
              onChange={(e) => set({ content: e.target.value as ModerationConfig['content'] })}
            >
              {CONTENT.map((c) => (
                <option key={c} value={c}>
                  {t(`settings.moderation.rules.contents.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          path="moderation.blockedAuthors"
          label={t('settings.moderation.rules.authors')}
          help={t('settings.moderation.rules.authorsHelp')}
          error={listError(errors, 'moderation.blockedAuthors')}
        >
          {(control) => (
            <LinesInput
              control={control}
              value={rules.blockedAuthors}
              parse={parseBlockedAuthor}
              format={formatBlockedAuthor}
              same={sameBlockedAuthor}
              onChange={(blockedAuthors) => set({ blockedAuthors })}
            />
          )}
        </Field>
        <Field
          path="moderation.blockedKeywords"
          label={t('settings.moderation.rules.keywords')}
          help={t('settings.moderation.rules.keywordsHelp')}
          error={listError(errors, 'moderation.blockedKeywords')}
        >
          {(control) => (
            <LinesInput
              control={control}
              value={rules.blockedKeywords}
              parse={asIs}
              format={asIs}
              same={sameText}
              onChange={(blockedKeywords) => set({ blockedKeywords })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
