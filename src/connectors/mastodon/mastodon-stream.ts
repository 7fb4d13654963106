// Mastodon's live hashtag stream (GET /api/v1/streaming/hashtag?tag=…, server-sent events; needs a user
// token since 4.2): `update` = a new status, `status.update` = an edit, `delete` = a local id. One
// connection per instance with a token and per hashtag, merged; any drop ends them all (the runtime
// reconnects with backoff, and polling fills what the gap missed).
import { ConnectorError, type SourceEvent, type StreamBatch, type StreamRequest } from '../connector.ts';
import type { MastodonInstance } from './mastodon-instance.ts';
import { mergeStreams, type StreamFactory } from './merge-streams.ts';
import { readSse } from './sse-reader.ts';
import type { StatusRegistry } from './status-registry.ts';

async function* hashtagStream(
  instance: MastodonInstance,
  tag: string,
  registry: StatusRegistry,
  idleMs: number,
  signal: AbortSignal,
): AsyncGenerator<StreamBatch> {
  const url = `${instance.url}/api/v1/streaming/hashtag?tag=${encodeURIComponent(tag)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${instance.token ?? ''}`, accept: 'text/event-stream' },
      signal,
    });
  } catch (error) {
    throw new ConnectorError(
      'network',
      `Mastodon ${instance.host} live stream unreachable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (response.status === 401)
    throw new ConnectorError(
      'auth',
      `Mastodon ${instance.host}: token expired — renew it in Settings (live stream refused)`,
    );
  if (response.status === 429)
    throw new ConnectorError('rate-limit', `Mastodon ${instance.host} asked us to slow down (live stream)`, 60_000);
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new ConnectorError(
      response.status >= 500 ? 'server' : 'network',
      `Mastodon ${instance.host} live stream answered ${response.status}`,
    );
  }
  const label = `Mastodon ${instance.host} #${tag}`;
  for await (const sse of readSse(response.body, idleMs, label, signal)) {
    const events: SourceEvent[] = [];
    if (sse.event === 'update' || sse.event === 'status.update') {
      let payload: unknown;
      try {
        payload = JSON.parse(sse.data);
      } catch {
        events.push({ type: 'invalid', reason: `${label}: a streamed status is not JSON` });
      }
      if (payload !== undefined) events.push((await registry.read(instance, payload, signal)).event);
    } else if (sse.event === 'delete') {
      // Only the local id: the key is known if the status was seen (polled, streamed, or in the cursor).
      const key = registry.keyOf(instance.url, sse.data.trim());
      if (key) events.push({ type: 'delete', key });
    }
    if (events.length) yield { events };
  }
}

export function streamMastodon(
  instances: readonly MastodonInstance[],
  tags: readonly string[],
  registry: StatusRegistry,
  idleMs: number,
  request: StreamRequest,
): AsyncIterable<StreamBatch> {
  const factories: StreamFactory<StreamBatch>[] = instances
    .filter((i) => i.token !== undefined)
    .flatMap((instance) =>
      tags.map((tag) => (signal: AbortSignal) => hashtagStream(instance, tag, registry, idleMs, signal)),
    );
  return mergeStreams(factories, request.signal);
}
