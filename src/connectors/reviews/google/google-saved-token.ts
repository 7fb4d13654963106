// The renewed Google access token (and its expiry, and a rotated refresh token if Google sent one), kept in
// the source's vault (sealed at rest by the engine) so that a restart does not start from the pasted token,
// which expired within the hour. Tied to the credentials IT entered: once IT pastes new ones, the saved
// token is ignored (it may come from a revoked sign-in).
import { createHash } from 'node:crypto';
import type { ConnectorVault } from '../../connector.ts';

const NAME = 'token';

export interface RenewedToken {
  accessToken: string;
  expiresAt?: number | undefined;
  refreshToken?: string | undefined;
}

export interface SavedToken {
  read(): RenewedToken | undefined;
  save(token: RenewedToken): void;
}

export function savedGoogleToken(
  vault: ConnectorVault | undefined,
  configured: { accessToken: string; refreshToken?: string | undefined; clientId?: string | undefined },
): SavedToken {
  // A digest, not the configured tokens themselves: the entry needs only to recognise them.
  const basis = createHash('sha256')
    .update([configured.accessToken, configured.refreshToken ?? '', configured.clientId ?? ''].join('\u0000'))
    .digest('base64url')
    .slice(0, 22);
  return {
    read() {
      const raw = vault?.get(NAME);
      if (!raw) return undefined;
      try {
        const parsed = JSON.parse(raw) as {
          basis?: unknown;
          accessToken?: unknown;
          expiresAt?: unknown;
          refreshToken?: unknown;
        };
        if (parsed.basis !== basis || typeof parsed.accessToken !== 'string' || parsed.accessToken === '')
          return undefined;
        return {
          accessToken: parsed.accessToken,
          ...(typeof parsed.expiresAt === 'number' ? { expiresAt: parsed.expiresAt } : {}),
          ...(typeof parsed.refreshToken === 'string' && parsed.refreshToken !== ''
            ? { refreshToken: parsed.refreshToken }
            : {}),
        };
      } catch {
        return undefined;
      }
    },
    save(token) {
      vault?.set(NAME, JSON.stringify({ basis, ...token }));
    },
  };
}
