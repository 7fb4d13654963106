// Several live connections (one per instance and hashtag) read as one: batches in arrival order, and the
// first connection that fails ends them all, so that the runtime reconnects everything with its backoff.
import { ConnectorError } from '../connector.ts';

export type StreamFactory<T> = (signal: AbortSignal) => AsyncIterable<T>;

export async function* mergeStreams<T>(factories: readonly StreamFactory<T>[], outer: AbortSignal): AsyncGenerator<T> {
  const inner = new AbortController();
  const stopInner = () => inner.abort();
  outer.addEventListener('abort', stopInner, { once: true });
  const queue: T[] = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const signalNews = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const factory of factories) {
    void (async () => {
      try {
        for await (const item of factory(inner.signal)) {
          queue.push(item);
          signalNews();
        }
        throw new ConnectorError('network', 'a live connection ended');
      } catch (error) {
        failure ??= { error };
        signalNews();
      }
    })();
  }
  try {
    for (;;) {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) yield next;
      if (outer.aborted) return;
      if (failure) throw failure.error;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    outer.removeEventListener('abort', stopInner);
    inner.abort();
  }
}
