// What makes a wall's process one of a hub's (issue 18), started once the engine serves: it runs the connectors
// while it holds the connector lease, and hears the changes the other processes make (LISTEN/NOTIFY).
import type { StreamEvent } from '../../shared/api-contract.ts';
import type { Post } from '../../shared/post.ts';
import type { ChangeFeed } from '../engine/change-feed.ts';
import type { Logger } from '../logger.ts';
import { runConnectorsWhileLeased, type ConnectorSwitch } from './hub-connectors.ts';
import type { HubOptions } from './hub-options.ts';
import { PgFanOut } from './pg-fan-out.ts';

export interface HubEngine extends ConnectorSwitch {
  feed: Pick<ChangeFeed, 'tap'>;
  relay(event: StreamEvent): void;
}

export interface RunningHub {
  stop(): Promise<void>;
}

export async function startHub(
  engine: HubEngine,
  getPost: (key: string) => Promise<Post | undefined>,
  hub: HubOptions,
  logger: Logger,
): Promise<RunningHub> {
  const fanOut = new PgFanOut({
    database: hub.database,
    feed: engine.feed,
    relay: (event) => engine.relay(event),
    getPost,
    logger,
  });
  await fanOut.start();
  const connectors = await runConnectorsWhileLeased(engine, { database: hub.database, logger });
  return {
    async stop() {
      await connectors.stop();
      await fanOut.stop();
    },
  };
}
