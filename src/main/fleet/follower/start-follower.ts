// Composes a store PC in follower mode: the hub is its only source (it never calls a social network), the
// usual local store keeps the hub's posts, and the usual local server shows them to the store's screens with
// the normal renderer. Pairs once with a code (the token kept sealed), then reads back the kept pairing.
//
// Why here, in src/main/fleet/follower/, and not among the connectors: a connector knows one social network and
// hands candidates to the ingest pipeline, which validates, moderates and enriches them. The hub's posts have
// been through all of that already, and the follower also mirrors what no connector carries (edits and
// removals as the hub decided them, panels, brand, statistics, sources' health). It takes the engine's place
// beside the store and the server; test/unit/architecture/layers.test.ts keeps it away from the connectors.
import { hostname } from 'node:os';
import type { ResolvedConfig } from '../../config/validate-config.ts';
import { ChangeFeed } from '../../engine/change-feed.ts';
import { realTimers, type Timers } from '../../engine/source-runner.ts';
import type { Logger } from '../../logger.ts';
import type { SecretStore } from '../../secrets/secret-store.ts';
import type { Store } from '../../store/store-api.ts';
import { FollowerReadApi } from './follower-read-api.ts';
import { FollowerStateFile } from './follower-state-file.ts';
import { HubClient } from './hub-client.ts';
import { HubFollower } from './hub-follower.ts';
import { HubMirror } from './hub-mirror.ts';
import { redeemPairingCode, StorePairingFile, type StorePairing } from './store-pairing.ts';

export interface FollowOptions {
  /** The hub's address (`--follow https://hub…`). */
  hub: string;
  /** A one-time pairing code shown on the hub (`--pair CODE`); without it, the pairing kept from before. */
  pairCode?: string;
  /** A store token given directly (SOCIAL_WALL_STORE_TOKEN), instead of a pairing. */
  storeToken?: string;
  /** This PC's name on the hub (default: the host name). */
  deviceName?: string;
}

export interface FollowerParts {
  dataDir: string;
  store: Store;
  secrets: SecretStore;
  logger: Logger;
  local: () => ResolvedConfig;
  version: string;
  timers?: Timers;
  /** How long the start waits for a first read of the hub before the screens open on what is kept. */
  firstSyncWaitMs?: number;
}

export interface RunningFollower {
  api: FollowerReadApi;
  /** The hub's API with this store's token (the pictures come through it too). */
  client: HubClient;
  follower: HubFollower;
  pairing: StorePairing;
  stop(): Promise<void>;
}

/** A follower is told what to do in words IT can act on. */
export class FollowerStartError extends Error {
  override readonly name = 'FollowerStartError';
}

/** The pairing: a new code is redeemed now (and kept), else the one kept for this hub. @throws FollowerStartError */
export async function resolvePairing(options: FollowOptions, parts: FollowerParts): Promise<StorePairing> {
  const file = new StorePairingFile(parts.dataDir, parts.secrets);
  if (options.storeToken !== undefined)
    return { hub: options.hub, storeId: 'given', profileId: null, token: options.storeToken };
  if (options.pairCode !== undefined) {
    const deviceName = (options.deviceName ?? hostname()).slice(0, 80) || 'store-pc';
    try {
      const pairing = await redeemPairingCode(options.hub, options.pairCode, deviceName, parts.version);
      file.write(pairing);
      parts.logger.info('follower: paired with the hub', { hub: options.hub, storeId: pairing.storeId });
      return pairing;
    } catch (err) {
      throw new FollowerStartError(`Pairing with ${options.hub} failed: ${(err as Error).message}`);
    }
  }
  const kept = file.read(options.hub);
  if (!kept)
    throw new FollowerStartError(
      `This PC is not paired with ${options.hub}: create a pairing code on the hub (settings, Stores) and start with --pair CODE.`,
    );
  return kept;
}

export async function startFollower(options: FollowOptions, parts: FollowerParts): Promise<RunningFollower> {
  const pairing = await resolvePairing(options, parts);
  const timers = parts.timers ?? realTimers;
  const logger = parts.logger.child({ part: 'follower' });
  const feed = new ChangeFeed();
  const stateFile = new FollowerStateFile(parts.dataDir);
  const state = stateFile.read(options.hub);
  // A new pairing starts the link afresh (a revoked token kept in the state is no longer the one in use).
  if (options.pairCode !== undefined || options.storeToken !== undefined) delete state.link;
  const client = new HubClient({ hub: options.hub, token: pairing.token, version: parts.version });
  const mirror = new HubMirror({ store: parts.store, feed, logger, now: () => timers.now() });
  const follower = new HubFollower({ client, mirror, feed, stateFile, state, timers, logger });
  const api = new FollowerReadApi({ follower, store: parts.store, feed, local: parts.local, now: () => timers.now() });
  follower.start();
  await follower.settled(parts.firstSyncWaitMs ?? 10_000);
  return {
    api,
    client,
    follower,
    pairing,
    stop: async () => {
      await follower.stop();
      feed.complete();
    },
  };
}
