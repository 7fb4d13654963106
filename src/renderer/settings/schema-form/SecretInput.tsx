// A secret (token, password): never shown. When one is stored the server sends { $secret: 'set' } and the
// input stays empty, saying "set — leave empty to keep"; typing replaces it, emptying the input keeps it.
import type { SecretMask } from '../../../shared/settings-contract.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { FieldControlProps } from '../fields/Field.tsx';

export function isSecretMask(value: unknown): value is SecretMask {
  return typeof value === 'object' && value !== null && (value as { $secret?: unknown }).$secret === 'set';
}

interface SecretInputProps {
  control: FieldControlProps;
  value: unknown;
  /** What the server sent: a mask when a secret is stored. */
  stored: unknown;
  onChange: (next: unknown) => void;
}

export function SecretInput({ control, value, stored, onChange }: SecretInputProps) {
  const { t } = useI18n();
  const storedIsSet = isSecretMask(stored);
  return (
    <input
      {...control}
      className="input"
      type="password"
      autoComplete="off"
      spellCheck={false}
      placeholder={storedIsSet ? t('settings.secretSet') : t('settings.secretEmpty')}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value === '' ? (storedIsSet ? stored : undefined) : e.target.value)}
    />
  );
}
