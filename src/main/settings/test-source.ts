// "Test connection": one poll of a source's driver with no cursor and a short timeout, answered in the
// connector's own actionable words (token expired, permission missing, id unknown, network unreachable).
// Nothing is stored: the posts found are only counted.
import { ConnectorError, type ConnectorDefinition, type SourceDriver } from '../../connectors/connector.ts';
import type { SourceTestResponse } from '../../shared/settings-contract.ts';
import type { Logger } from '../logger.ts';

export const SOURCE_TEST_TIMEOUT_MS = 10_000;

export async function testSourceConnection(
  definition: ConnectorDefinition,
  options: unknown,
  context: { sourceId: string; logger: Logger; now?: () => number; timeoutMs?: number },
): Promise<SourceTestResponse> {
  const timeoutMs = context.timeoutMs ?? SOURCE_TEST_TIMEOUT_MS;
  const abort = new AbortController();
  let driver: SourceDriver | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<SourceTestResponse>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve({
        ok: false,
        kind: 'network',
        message: `${definition.label} did not answer within ${Math.round(timeoutMs / 1000)} s: check the network and the address.`,
      });
    }, timeoutMs);
  });
  const attempt = (async (): Promise<SourceTestResponse> => {
    try {
      driver = definition.create(options, {
        sourceId: context.sourceId,
        now: context.now ?? Date.now,
        assetBaseUrl: '/bundled',
        log: context.logger.child({ sourceId: context.sourceId, test: true }),
      });
      const result = await driver.poll({ cursor: undefined, signal: abort.signal });
      return { ok: true, items: result.events.filter((e) => e.type === 'upsert').length };
    } catch (err) {
      if (err instanceof ConnectorError) return { ok: false, kind: err.kind, message: err.message };
      // Another error's message may quote a URL with its token: only its name is logged, and not shown.
      context.logger.warn('source test failed unexpectedly', {
        sourceId: context.sourceId,
        errorName: err instanceof Error ? err.name : typeof err,
      });
      return {
        ok: false,
        kind: 'network',
        message: `${definition.label} could not be reached: check the network and the address.`,
      };
    }
  })();
  try {
    return await Promise.race([attempt, timedOut]);
  } finally {
    clearTimeout(timer);
    abort.abort();
    await Promise.resolve(driver?.close?.()).catch(() => undefined);
  }
}
