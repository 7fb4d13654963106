// Mastodon: hashtag timelines of several instances, deduplicated by each status's uri, the brand's own
// statuses threaded under the customer's post they answer, and a live stream where a user token allows it.
import type { ConnectorContext, ConnectorDefinition, SourceDriver } from '../connector.ts';
import { MastodonInstance } from './mastodon-instance.ts';
import { MastodonOptionsSchema, type MastodonOptions } from './mastodon-options.ts';
import { MastodonPoller } from './mastodon-poll.ts';
import { streamMastodon } from './mastodon-stream.ts';
import { StatusRegistry } from './status-registry.ts';

function createMastodonDriver(options: MastodonOptions, context: ConnectorContext): SourceDriver {
  const now = () => context.now();
  const instances = options.instances.map((i) => new MastodonInstance(i, now));
  const registry = new StatusRegistry(new Set(options.brandAccounts), now);
  const poller = new MastodonPoller(options, instances, registry, now);
  const driver: SourceDriver = { poll: (request) => poller.poll(request) };
  if (instances.some((i) => i.token !== undefined)) {
    driver.stream = (request) =>
      streamMastodon(instances, options.hashtags, registry, options.streamIdleSeconds * 1000, request);
  }
  return driver;
}

export const mastodonConnector: ConnectorDefinition<MastodonOptions> = {
  type: 'mastodon',
  label: 'Mastodon (hashtags)',
  networks: ['mastodon'],
  optionsSchema: MastodonOptionsSchema,
  // 2 hashtags × 2 instances at 30 s ≈ 480 calls/h per instance, far under 300 per 5 min (3 600/h).
  defaultPollSeconds: 30,
  minPollSeconds: 5,
  defaultCachePolicy: { mode: 'persist' },
  create: createMastodonDriver,
};
