// Where the accounts' secrets are sealed, in the page's language: the key file (and why, when the kiosk found
// no OS keyring), or the OS keyring.
import type { SecretStorageView } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function SecretStorageNote({ storage }: { storage: SecretStorageView }) {
  const { t } = useI18n();
  let text: string;
  if (storage.keyring) {
    text = t('settings.secretStorage.keyring', { keyring: t(`settings.secretStorage.keyrings.${storage.keyring}`) });
  } else if (storage.keyFile) {
    const sentence = t('settings.secretStorage.keyFile', { file: storage.keyFile });
    text = storage.noKeyring ? `${t('settings.secretStorage.noKeyring')}${sentence}` : sentence;
  } else {
    // A store that says nothing more: its English sentence, marked as such.
    return (
      <p className="settings-note" lang="en" data-testid="secret-storage">
        {storage.note}
      </p>
    );
  }
  return (
    <p className="settings-note" data-testid="secret-storage">
      {text}
    </p>
  );
}
