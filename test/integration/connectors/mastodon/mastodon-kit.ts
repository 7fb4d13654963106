// A small emulated fediverse for the Mastodon tests: one world, instances on loopback, a customer and the brand.
import { mastodonConnector } from '../../../../src/connectors/mastodon/mastodon-connector.ts';
import type { PollResult, SourceDriver, SourceEvent } from '../../../../src/connectors/connector.ts';
import { PostSchema } from '../../../../src/shared/post.ts';
import {
  startMastodonInstance,
  type MastodonInstanceSetup,
  type RunningMastodonInstance,
} from '../../../emulators/mastodon/mastodon-emulator.ts';
import {
  MastodonWorld,
  statusHtml,
  type WorldAccount,
  type WorldStatus,
} from '../../../emulators/mastodon/mastodon-world.ts';

export interface Fediverse {
  world: MastodonWorld;
  instances: RunningMastodonInstance[];
  jane: WorldAccount;
  brand: WorldAccount;
  say(
    text: string,
    account?: WorldAccount,
    extra?: { inReplyTo?: string; spoilerText?: string; tags?: string[] },
  ): WorldStatus;
  close(): Promise<void>;
}

export async function fediverse(
  setups: Omit<MastodonInstanceSetup, 'index'>[] = [{ domain: 'mastodon.social' }],
): Promise<Fediverse> {
  const world = new MastodonWorld();
  const instances = await Promise.all(setups.map((s, index) => startMastodonInstance(world, { ...s, index })));
  const jane = world.account('jane', 'mastodon.social', 'Jane Doe');
  const brand = world.account('ateliernova', 'mastodon.social', 'Atelier Nova');
  return {
    world,
    instances,
    jane,
    brand,
    say: (text, account = jane, extra = {}) =>
      world.post({
        account,
        content: statusHtml(text, account.domain),
        tags: extra.tags ?? [...text.matchAll(/#(\w+)/g)].map((m) => m[1] ?? ''),
        ...(extra.inReplyTo ? { inReplyTo: extra.inReplyTo } : {}),
        ...(extra.spoilerText ? { spoilerText: extra.spoilerText } : {}),
      }),
    close: async () => {
      await Promise.all(instances.map((i) => i.close()));
    },
  };
}

export function mastodonDriver(options: Record<string, unknown>, now: () => number = Date.now): SourceDriver {
  return mastodonConnector.create(
    mastodonConnector.optionsSchema.parse({
      hashtags: ['ateliernova'],
      brandAccounts: ['ateliernova@mastodon.social'],
      ...options,
    }),
    {
      sourceId: 'masto',
      now,
      assetBaseUrl: '/bundled',
    },
  );
}

export const upserts = (r: { events: SourceEvent[] }) =>
  r.events.flatMap((e) =>
    e.type === 'upsert'
      ? [PostSchema.parse({ sourceId: 'masto', fetchedAt: new Date().toISOString(), ...(e.item as object) })]
      : [],
  );

export async function pollOnce(driver: SourceDriver, cursor?: string): Promise<PollResult> {
  return driver.poll({ cursor, signal: new AbortController().signal });
}
