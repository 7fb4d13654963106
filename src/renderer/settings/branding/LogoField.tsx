// The brand's logo in the settings: a preview, a file input and "remove". Unlike the other fields it is
// applied at once (the picture goes to the server, which keeps it and tells the screens): the page adopts
// the settings as applied, so the logo alone leaves nothing unsaved and other unsaved edits stay.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { SettingsResponse } from '../../../shared/settings-contract.ts';
import type { DraftConfig } from '../draft-config.ts';
import { Field } from '../fields/Field.tsx';
import type { SettingsEditor } from '../use-settings-editor.ts';
import { checkLogoFile, LOGO_PREVIEW_URL, LOGO_TYPES, removeLogo, uploadLogo } from './logo-client.ts';
import './branding.css';

interface LogoFieldProps {
  draft: DraftConfig;
  error?: string | undefined;
  onApplied: SettingsEditor['adopt'];
}

/** The draft with the logo as the server now holds it. */
function withLogo(draft: DraftConfig, applied: DraftConfig): DraftConfig {
  const { logo: _drop, ...brand } = draft.brand;
  const logo = applied.brand.logo;
  return { ...draft, brand: logo === undefined ? brand : { ...brand, logo } };
}

export function LogoField({ draft, error, onApplied }: LogoFieldProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const statusId = useId();
  const logo = draft.brand.logo;

  const run = async (action: () => Promise<SettingsResponse>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onApplied(await action(), withLogo);
    } catch (err) {
      setProblem(t('settings.logo.logoFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  const choose = (file: File | undefined) => {
    if (!file) return;
    const wrong = checkLogoFile(file);
    if (wrong) {
      setProblem(
        wrong.kind === 'type' ? t('settings.logo.logoWrongType') : t('settings.logo.logoTooLarge', { size: wrong.kb }),
      );
      return;
    }
    void run(() => uploadLogo(file));
  };

  return (
    <Field
      path="brand.logo"
      label={t('settings.logo.logo')}
      help={t('settings.logo.logoHelp')}
      error={problem ?? error}
    >
      {(control) => (
        <div className="logo-field">
          <div className="logo-field__preview" data-testid="logo-preview">
            {logo ? (
              <img src={`${LOGO_PREVIEW_URL}?v=${encodeURIComponent(logo)}`} alt={t('settings.logo.logoPreview')} />
            ) : (
              <span className="logo-field__none">{t('settings.logo.logoNone')}</span>
            )}
          </div>
          <div className="logo-field__actions">
            <input
              {...control}
              className="input logo-field__file"
              type="file"
              accept={LOGO_TYPES.join(',')}
              disabled={busy}
              onChange={(e) => {
                choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            {logo ? (
              <button
                type="button"
                className="button button--quiet button--danger"
                disabled={busy}
                onClick={() => void run(removeLogo)}
              >
                {t('settings.logo.logoRemove')}
              </button>
            ) : null}
            <span id={statusId} role="status" className="logo-field__status">
              {busy ? t('settings.logo.logoUploading') : ''}
            </span>
          </div>
        </div>
      )}
    </Field>
  );
}
