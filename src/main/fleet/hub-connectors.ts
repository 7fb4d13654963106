// A hub process runs the connectors only while it holds the connector lease (connector-lease.ts): it starts
// serving at once, takes the sources when the lease comes, and lets them go when it is lost. Starts and stops
// run one after the other, never interleaved.
import type { Logger } from '../logger.ts';
import { ConnectorLease } from './connector-lease.ts';

/** What the lease drives: the engine's sources (engine.ts). */
export interface ConnectorSwitch {
  startConnectors(): Promise<void>;
  stopConnectors(): Promise<void>;
}

export interface HubConnectors {
  /** Whether this process runs the connectors now. */
  running(): boolean;
  /** Lets the lease go (another process takes over at its next try). */
  stop(): Promise<void>;
}

export async function runConnectorsWhileLeased(
  engine: ConnectorSwitch,
  options: { database: string; logger: Logger; retryMs?: number },
): Promise<HubConnectors> {
  let chain = Promise.resolve();
  const then = (step: () => Promise<void>): void => {
    chain = chain.then(step).catch((error: unknown) => options.logger.error('fleet: connectors', { error }));
  };
  const lease = new ConnectorLease({
    connectionString: options.database,
    logger: options.logger,
    onAcquired: () => then(() => engine.startConnectors()),
    onLost: () => then(() => engine.stopConnectors()),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
  });
  await lease.start();
  // Taken at the first try: the sources have started when the hub says it started (a webhook is answered).
  await chain;
  return {
    running: () => lease.held,
    async stop() {
      await lease.stop();
      await chain;
    },
  };
}
