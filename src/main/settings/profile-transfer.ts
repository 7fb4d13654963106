// Export and import of a profile, to set up store PCs the same way. A plain export leaves every secret out;
// one with a passphrase seals them (passphrase-sealer.ts). The server's tokens never travel: each PC keeps its
// own credentials. An import is opened and validated whole before the settings apply it (nothing changes on
// a refusal). A wall's own config.json (what the README calls the settings) is accepted too: its secrets
// open where they were sealed (this PC's key); elsewhere each stands for the secret this PC holds for the same
// source, or asks to be entered again — as in a plain export.
import { z } from 'zod';
import type { WallConfig } from '../../shared/config.ts';
import { importedKind } from '../../shared/imported-file.ts';
import type { ProfileExport } from '../../shared/settings-contract.ts';
import type { ConnectorRegistry, FieldError } from '../config/validate-config.ts';
import { passphraseSealer } from '../secrets/passphrase-sealer.ts';
import { isSealed, maskSecretsForExport, openSealedSecrets, sealSecrets } from '../secrets/sealed-config.ts';
import { mapAtPaths, SECRET_SET, connectorSecretPaths } from '../secrets/secret-fields.ts';
import { SecretStoreError, type SecretStore } from '../secrets/secret-store.ts';

export const PassphraseSchema = z.string().min(8, 'use a passphrase of at least 8 characters').max(200);
export const ExportRequestSchema = z.object({ passphrase: PassphraseSchema });

const ProfileSchema = z.object({
  format: z.literal('social-wall-profile'),
  version: z.literal(1),
  exportedAt: z.string(),
  secrets: z.enum(['none', 'passphrase']),
  config: z.record(z.string(), z.unknown()),
});
export const ImportRequestSchema = z.object({ profile: z.unknown(), passphrase: z.string().max(200).optional() });

export const WRONG_PASSPHRASE = 'the passphrase does not open the secrets';
export const NOT_A_PROFILE =
  'this file is neither a Social Wall profile nor a config.json: export a profile on the wall to copy (Profile → Export), then import that file';
export const OTHER_VERSION =
  'this profile was written by another version of Social Wall: export it again from an up-to-date wall';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A config.json's secrets: each sealed one opened with this wall's key; one sealed elsewhere (another PC's key
 * or keyring) becomes a mask, which stands for this PC's secret of the same source, or names its field.
 */
function openConfigFile(raw: Record<string, unknown>, registry: ConnectorRegistry, store: SecretStore): unknown {
  if (!Array.isArray(raw['sources'])) return raw;
  const sources = raw['sources'].map((source: unknown) => {
    if (!isRecord(source) || typeof source['type'] !== 'string') return source;
    const definition = registry.get(source['type']);
    if (!definition || source['options'] === undefined) return source;
    const options = mapAtPaths(source['options'], connectorSecretPaths(definition), (current) => {
      if (!isSealed(current)) return current;
      try {
        return store.open(current.$sealed);
      } catch (err) {
        if (err instanceof SecretStoreError) return { ...SECRET_SET };
        throw err;
      }
    });
    return { ...source, options };
  });
  return { ...raw, sources };
}

export function exportProfile(
  config: WallConfig,
  registry: ConnectorRegistry,
  nowMs: number,
  passphrase?: string,
): ProfileExport {
  const base = {
    format: 'social-wall-profile' as const,
    version: 1 as const,
    exportedAt: new Date(nowMs).toISOString(),
  };
  if (passphrase === undefined) return { ...base, secrets: 'none', config: maskSecretsForExport(config, registry) };
  const sealed = sealSecrets(config, registry, passphraseSealer(passphrase));
  const { token: _token, adminToken: _admin, ...server } = config.server;
  return { ...base, secrets: 'passphrase', config: { ...sealed, server } };
}

/** The imported file's configuration with its secrets opened, ready for the settings' usual validation. */
export function openProfile(
  input: unknown,
  registry: ConnectorRegistry,
  store: SecretStore,
): { ok: true; config: unknown; kind: 'profile' | 'config' } | { ok: false; errors: FieldError[] } {
  const request = ImportRequestSchema.safeParse(input);
  if (!request.success) return { ok: false, errors: [{ field: '(body)', message: 'send { "profile": { … } }' }] };
  const { profile: file, passphrase } = request.data;
  const kind = importedKind(file);
  if (kind === 'config')
    return { ok: true, config: openConfigFile(file as Record<string, unknown>, registry, store), kind };
  if (kind === 'unknown') return { ok: false, errors: [{ field: 'profile', message: NOT_A_PROFILE }] };
  const parsed = ProfileSchema.safeParse(file);
  if (!parsed.success) return { ok: false, errors: [{ field: 'profile', message: OTHER_VERSION }] };
  const profile = parsed.data;
  if (profile.secrets === 'none') return { ok: true, config: profile.config, kind };
  if (passphrase === undefined)
    return {
      ok: false,
      errors: [{ field: 'passphrase', message: 'this profile has sealed secrets: give its passphrase' }],
    };
  const opened = openSealedSecrets(profile.config, registry, passphraseSealer(passphrase));
  if (opened.errors.length) return { ok: false, errors: [{ field: 'passphrase', message: WRONG_PASSPHRASE }] };
  return { ok: true, config: opened.value, kind };
}
