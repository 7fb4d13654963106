// The "Screens" part of the Panels section: the panels' left-to-right order on the kiosk's displays, what
// happens with fewer displays than panels (rotate / split) and with more (repeat a panel / dark). Bound to
// the `screens` configuration, saved with the page's Save; the server's messages sit next to their fields.
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { FieldErrors } from '../fields/field-errors.ts';
import { errorId } from '../fields/field-id.ts';
import { NumberField } from '../fields/NumberField.tsx';
import { RadioChoices } from '../fields/RadioChoices.tsx';
import { DATA, TextWithData } from '../fields/TextWithData.tsx';
import { IdentifyScreens } from './IdentifyScreens.tsx';
import { effectiveOrder, movePanel, withScreens } from './screens-order.ts';
import './screens.css';

interface ScreensEditorProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
  /** On the kiosk: a button shows a number on each display. */
  canIdentify: boolean;
}

function errorsUnder(errors: FieldErrors, prefix: string): string {
  return [...errors.entries()]
    .filter(([k]) => k === prefix || k.startsWith(`${prefix}[`) || k.startsWith(`${prefix}.`))
    .map(([, m]) => m)
    .join('; ');
}

export function ScreensEditor({ draft, errors, onChange, canIdentify }: ScreensEditorProps) {
  const { t } = useI18n();
  const screens = draft.screens;
  const order = effectiveOrder(draft);
  const title = (id: string) => draft.panels.find((p) => p.id === id)?.title ?? id;
  const orderError = errorsUnder(errors, 'screens.leftToRight');
  const fewerError = errors.get('screens.fewerScreens');
  const extraError = errors.get('screens.extraScreens');

  return (
    <section className="screens-editor" aria-labelledby="screens-heading" data-testid="screens-editor">
      <h3 id="screens-heading">{t('settings.screens.title')}</h3>
      <p className="field__help">{t('settings.screens.intro')}</p>

      <fieldset className="choice-group" aria-describedby={orderError ? errorId('screens.leftToRight') : undefined}>
        <legend>{t('settings.screens.order')}</legend>
        <p className="field__help">{t('settings.screens.orderHelp')}</p>
        <ol className="screens-order" data-testid="screens-order">
          {order.map((id, i) => (
            <li key={id} className="screens-order__item" data-panel={id}>
              <span className="screens-order__place">{t('settings.screens.place', { n: i + 1 })}</span>
              <span className="screens-order__panel">
                <TextWithData text={t('settings.screens.panel', { id, title: DATA })} data={title(id)} />
              </span>
              <span className="screens-order__moves">
                <button
                  type="button"
                  className="button button--quiet screens-order__move"
                  disabled={i === 0}
                  aria-label={t('settings.screens.moveLeft', { id })}
                  onClick={() => onChange(movePanel(draft, i, -1))}
                >
                  ←
                </button>
                <button
                  type="button"
                  className="button button--quiet screens-order__move"
                  disabled={i === order.length - 1}
                  aria-label={t('settings.screens.moveRight', { id })}
                  onClick={() => onChange(movePanel(draft, i, 1))}
                >
                  →
                </button>
              </span>
            </li>
          ))}
        </ol>
        {screens.leftToRight.length ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => onChange(withScreens(draft, { leftToRight: [] }))}
          >
            {t('settings.screens.panelsOrder')}
          </button>
        ) : null}
        {orderError ? (
          <p className="field__error" id={errorId('screens.leftToRight')}>
            {orderError}
          </p>
        ) : null}
      </fieldset>
      {/* Next to the order it helps to choose: which physical screen is 1, 2, 3. */}
      <IdentifyScreens available={canIdentify} />

      <div className="screens-editor__cases">
        <RadioChoices
          path="screens.fewerScreens"
          className="screens-case"
          legend={t('settings.screens.fewer')}
          name="screens-fewer"
          options={[
            { value: 'rotate', label: t('settings.screens.rotate') },
            { value: 'split', label: t('settings.screens.split') },
          ]}
          value={screens.fewerScreens}
          error={fewerError}
          onChange={(fewerScreens) => onChange(withScreens(draft, { fewerScreens }))}
        >
          {screens.fewerScreens === 'rotate' ? (
            <NumberField
              path="screens.rotateSeconds"
              label={t('settings.screens.rotateSeconds')}
              help={t('settings.screens.rotateSecondsHelp')}
              error={errors.get('screens.rotateSeconds')}
              min={5}
              max={3600}
              value={screens.rotateSeconds}
              onChange={(rotateSeconds) => onChange(withScreens(draft, { rotateSeconds }))}
            />
          ) : null}
        </RadioChoices>

        <RadioChoices
          path="screens.extraScreens"
          className="screens-case"
          legend={t('settings.screens.extra')}
          name="screens-extra"
          options={[
            { value: 'dark', label: t('settings.screens.dark') },
            { value: 'repeat', label: t('settings.screens.repeat') },
          ]}
          value={screens.extraScreens}
          error={extraError}
          onChange={(extraScreens) =>
            onChange(
              withScreens(draft, extraScreens === 'dark' ? { extraScreens, repeatPanel: undefined } : { extraScreens }),
            )
          }
        >
          {screens.extraScreens === 'repeat' ? (
            <Field
              path="screens.repeatPanel"
              label={t('settings.screens.repeatPanel')}
              error={errors.get('screens.repeatPanel')}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={screens.repeatPanel ?? ''}
                  onChange={(e) => onChange(withScreens(draft, { repeatPanel: e.target.value || undefined }))}
                >
                  <option value="">{t('settings.screens.firstPanel')}</option>
                  {draft.panels.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('settings.screens.panel', { id: p.id, title: p.title })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </RadioChoices>
      </div>
    </section>
  );
}
