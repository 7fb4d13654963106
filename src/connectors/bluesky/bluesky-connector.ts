// Bluesky: post search with an app-password session (rotating refresh tokens, renewed one at a time), the
// brand's answers from its own feed and from threads, deletes found by re-checking recent posts.
import type { ConnectorContext, ConnectorDefinition, SourceDriver } from '../connector.ts';
import { HttpClient } from '../shared/http-client.ts';
import { BlueskyClient } from './bluesky-client.ts';
import { classifyBlueskyError } from './bluesky-errors.ts';
import { BlueskyOptionsSchema, type BlueskyOptions } from './bluesky-options.ts';
import { BlueskyPoller } from './bluesky-poll.ts';
import { savedSession } from './bluesky-saved-session.ts';
import { BlueskySession } from './bluesky-session.ts';

function createBlueskyDriver(options: BlueskyOptions, context: ConnectorContext): SourceDriver {
  const now = () => context.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const http = new HttpClient({ baseUrl, networkLabel: 'Bluesky', now, classify: classifyBlueskyError });
  const saved = savedSession(context.vault, options.identifier, baseUrl);
  const session = new BlueskySession(http, options.identifier, options.appPassword, saved.read(), (token) =>
    saved.save(token),
  );
  const poller = new BlueskyPoller(options, new BlueskyClient(http, session), now);
  return { poll: (request) => poller.poll(request) };
}

export const blueskyConnector: ConnectorDefinition<BlueskyOptions> = {
  type: 'bluesky',
  label: 'Bluesky (search)',
  networks: ['bluesky'],
  optionsSchema: BlueskyOptionsSchema,
  // 1 search + brand feed + a few threads every 30 s ≈ 300–600 calls/h, far under 3 000 per 5 min.
  defaultPollSeconds: 30,
  minPollSeconds: 5,
  defaultCachePolicy: { mode: 'persist' },
  create: createBlueskyDriver,
};
