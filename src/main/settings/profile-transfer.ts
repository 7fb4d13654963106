// Export and import of a profile, to set up store PCs the same way. A plain export leaves every secret out;
// one with a passphrase seals them (passphrase-sealer.ts). The server's tokens never travel: each PC keeps its
// own credentials. An import is opened and validated whole before the settings apply it (nothing changes on
// a refusal).
import { z } from 'zod';
import type { WallConfig } from '../../shared/config.ts';
import type { ProfileExport } from '../../shared/settings-contract.ts';
import type { ConnectorRegistry, FieldError } from '../config/validate-config.ts';
import { passphraseSealer } from '../secrets/passphrase-sealer.ts';
import { maskSecretsForExport, openSealedSecrets, sealSecrets } from '../secrets/sealed-config.ts';

export const PassphraseSchema = z.string().min(8, 'use a passphrase of at least 8 characters').max(200);
export const ExportRequestSchema = z.object({ passphrase: PassphraseSchema });

const ProfileSchema = z.object({
  format: z.literal('social-wall-profile'),
  version: z.literal(1),
  exportedAt: z.string(),
  secrets: z.enum(['none', 'passphrase']),
  config: z.record(z.string(), z.unknown()),
});
export const ImportRequestSchema = z.object({ profile: ProfileSchema, passphrase: z.string().max(200).optional() });

export const WRONG_PASSPHRASE = 'the passphrase does not open the secrets';

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

/** The profile's configuration with its secrets opened, ready for the settings' usual validation. */
export function openProfile(
  input: unknown,
  registry: ConnectorRegistry,
): { ok: true; config: unknown } | { ok: false; errors: FieldError[] } {
  const request = ImportRequestSchema.safeParse(input);
  if (!request.success) {
    return {
      ok: false,
      errors: request.error.issues.map((i) => ({
        field: i.path.map(String).join('.') || '(body)',
        message: i.message,
      })),
    };
  }
  const { profile, passphrase } = request.data;
  if (profile.secrets === 'none') return { ok: true, config: profile.config };
  if (passphrase === undefined)
    return {
      ok: false,
      errors: [{ field: 'passphrase', message: 'this profile has sealed secrets: give its passphrase' }],
    };
  const opened = openSealedSecrets(profile.config, registry, passphraseSealer(passphrase));
  if (opened.errors.length) return { ok: false, errors: [{ field: 'passphrase', message: WRONG_PASSPHRASE }] };
  return { ok: true, config: opened.value };
}
