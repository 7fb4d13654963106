// "Identify screens" on the kiosk: a button that has the shell show a big number on each display for a few
// seconds, so IT knows which screen is 1, 2, 3 when choosing the order. Headless there is no display of the
// wall's own (each screen is a browser), so the page only names the kiosk's key combination.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { identifyScreens } from '../settings-client.ts';

const IDENTIFY_KEYS = 'Ctrl+Alt+Shift+N';

export function IdentifyScreens({ available }: { available: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (!available)
    return (
      <p className="settings-note screens-editor__identify">
        {t('settings.screens.identify', { keys: IDENTIFY_KEYS })}
      </p>
    );

  const identify = async () => {
    setBusy(true);
    try {
      const shown = await identifyScreens();
      setStatus(t('settings.screens.identifyShown', { count: shown.screens, seconds: shown.seconds }));
    } catch (err) {
      setStatus(t('settings.screens.identifyFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="screens-editor__identify">
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-describedby="identify-screens-help"
        onClick={() => void identify()}
      >
        {t('settings.screens.identifyButton')}
      </button>
      <p id="identify-screens-help" className="field__help">
        {t('settings.screens.identifyHelp', { keys: IDENTIFY_KEYS })}
      </p>
      <p role="status" className="field__help" data-testid="identify-status">
        {status}
      </p>
    </div>
  );
}
