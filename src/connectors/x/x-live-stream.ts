// The filtered stream (optional): the rule tagged `social-wall` made sure of, then one long-lived
// connection whose posts are charged and mapped like polled ones, its keep-alives passed on as empty
// batches; X's own disconnect notices end it (the runtime reconnects with backoff).
import { ConnectorError, type SourceEvent, type StreamBatch, type StreamRequest } from '../connector.ts';
import { FIELD_PARAMS } from './x-api.ts';
import { XStreamLineSchema } from './x-payload.ts';
import { xHealthBudget, type XReading } from './x-state.ts';
import { readXStreamLines } from './x-stream-lines.ts';
import { ensureXStreamRule } from './x-stream-rule.ts';
import { chargePage, mapPage } from './x-timeline.ts';

export async function* streamX(r: XReading, query: string, { signal }: StreamRequest): AsyncIterable<StreamBatch> {
  const { options, state } = r;
  state.budget.assertNotReached();
  await ensureXStreamRule(r.api, query, signal);
  const url = `${options.baseUrl.replace(/\/$/, '')}/2/tweets/search/stream?${new URLSearchParams(FIELD_PARAMS).toString()}`;
  const lines = readXStreamLines({
    url,
    headers: { authorization: `Bearer ${options.bearerToken}`, 'user-agent': 'social-wall' },
    keepAliveTimeoutMs: options.streamKeepAliveTimeoutMs,
    signal,
    now: r.context.now,
  });
  for await (const line of lines) {
    if (line === '') {
      yield { events: [], budget: xHealthBudget(r) };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      yield { events: [{ type: 'invalid', reason: 'X stream sent a line that is not JSON' }] };
      continue;
    }
    const parsed = XStreamLineSchema.safeParse(json);
    if (!parsed.success || parsed.data.data === undefined) {
      // X announces its own disconnects (operational-disconnect) as an errors line.
      const title = (json as { errors?: { title?: unknown }[] }).errors?.[0]?.title;
      if (typeof title === 'string') throw new ConnectorError('network', `X ended the stream: ${title.slice(0, 100)}`);
      yield { events: [{ type: 'invalid', reason: 'X stream sent a line the wall cannot read' }] };
      continue;
    }
    const page = { data: [parsed.data.data], includes: parsed.data.includes };
    chargePage(r, page);
    const out = new Map<string, SourceEvent>();
    mapPage(r, page, 'stream', out);
    yield { events: [...out.values()], budget: xHealthBudget(r) };
    state.budget.assertNotReached();
  }
}
