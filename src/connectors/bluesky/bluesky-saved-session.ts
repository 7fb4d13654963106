// The session's rotating refresh token, kept in the source's vault (sealed at rest by the engine) so that
// a restart needs no new login. It is tied to the account it was issued for: after IT changes the
// identifier or the service, the saved token is ignored and the app password opens a new session.
import type { ConnectorVault } from '../connector.ts';

const NAME = 'session';

export interface SavedSession {
  read(): string | undefined;
  save(refreshJwt: string | undefined): void;
}

export function savedSession(vault: ConnectorVault | undefined, identifier: string, baseUrl: string): SavedSession {
  const account = `${identifier.toLowerCase()}@${baseUrl}`;
  return {
    read() {
      const raw = vault?.get(NAME);
      if (!raw) return undefined;
      try {
        const parsed = JSON.parse(raw) as { account?: unknown; refreshJwt?: unknown };
        return parsed.account === account && typeof parsed.refreshJwt === 'string' ? parsed.refreshJwt : undefined;
      } catch {
        return undefined;
      }
    },
    save(refreshJwt) {
      vault?.set(NAME, refreshJwt === undefined ? undefined : JSON.stringify({ account, refreshJwt }));
    },
  };
}
