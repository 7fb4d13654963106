// The settings page sends masks for the secrets it never saw; the server puts back the stored ones. In a
// list (Mastodon's instances) a token follows its instance, wherever the page moved or removed the others.
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { validateConfig } from '../../../src/main/config/validate-config.ts';
import { unmaskSecrets } from '../../../src/main/secrets/sealed-config.ts';
import type { WallConfig } from '../../../src/shared/config.ts';

const MASK = { $secret: 'set' };
const SOCIAL = { url: 'https://mastodon.social', token: 'token-of-mastodon-social' };
const PIXEL = { url: 'https://pixelfed.example', token: 'token-of-pixelfed' };
const FOSSTODON = { url: 'https://fosstodon.org', token: 'token-of-fosstodon' };

function current(instances: unknown[]): WallConfig {
  const result = validateConfig(
    {
      sources: [
        { id: 'masto', type: 'mastodon', options: { instances, hashtags: ['AtelierNova'] } },
        { id: 'fb', type: 'facebook', options: { pageId: '123', token: 'facebook-page-token-123456' } },
      ],
    },
    connectorRegistry,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.config;
}

/** What the page sends back: every token masked, the instances as the page now lists them. */
const submitted = (instances: { url: string; token?: unknown }[]) => ({
  sources: [
    { id: 'masto', type: 'mastodon', options: { instances, hashtags: ['AtelierNova'] } },
    { id: 'fb', type: 'facebook', options: { pageId: '123', token: MASK } },
  ],
});

const instancesOf = (value: unknown) =>
  (value as { sources: { options: { instances: unknown } }[] }).sources[0]?.options.instances;

describe('unmaskSecrets', () => {
  const stored = current([SOCIAL, PIXEL, FOSSTODON]);

  it('puts back each stored secret, in lists by item', () => {
    const { value, errors } = unmaskSecrets(
      submitted([SOCIAL, PIXEL, FOSSTODON].map((i) => ({ url: i.url, token: MASK }))),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([SOCIAL, PIXEL, FOSSTODON]);
    expect((value as { sources: { options: { token: unknown } }[] }).sources[1]?.options.token).toBe(
      'facebook-page-token-123456',
    );
  });

  it('keeps each token with its instance when one above it is removed', () => {
    const { value, errors } = unmaskSecrets(
      submitted([PIXEL, FOSSTODON].map((i) => ({ url: i.url, token: MASK }))),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([PIXEL, FOSSTODON]);
  });

  it('keeps each token with its instance when the list is reordered', () => {
    const { value, errors } = unmaskSecrets(
      submitted([FOSSTODON, SOCIAL].map((i) => ({ url: i.url, token: MASK }))),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([FOSSTODON, SOCIAL]);
  });

  it('asks for the token of an instance whose address changed, naming the field', () => {
    const { errors } = unmaskSecrets(
      submitted([
        { url: SOCIAL.url, token: MASK },
        { url: 'https://mstdn.example', token: MASK },
      ]),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([
      { field: 'sources[0].options.instances[1].token', message: expect.stringMatching(/enter it/) },
    ]);
  });

  it('leaves a newly typed token as typed', () => {
    const { value, errors } = unmaskSecrets(
      submitted([
        { url: SOCIAL.url, token: 'a-brand-new-token' },
        { url: PIXEL.url, token: MASK },
      ]),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([{ url: SOCIAL.url, token: 'a-brand-new-token' }, PIXEL]);
  });

  it('refuses two entries for the same instance (its token is found by its address)', () => {
    const result = validateConfig(
      {
        sources: [
          {
            id: 'masto',
            type: 'mastodon',
            options: { instances: [SOCIAL, { ...SOCIAL, url: `${SOCIAL.url}/` }], hashtags: ['AtelierNova'] },
          },
        ],
      },
      connectorRegistry,
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'sources[0].options.instances[1].url', message: 'this instance is already in the list' },
    ]);
  });
});

describe('unmaskSecrets, when the source now points elsewhere', () => {
  const X_TOKEN = 'x-bearer-token-stored-0123456789';
  const x = (options: Record<string, unknown>, type = 'x') => ({ sources: [{ id: 'x1', type, options }] });
  const base = { brandUserId: '2244994945', brandHandle: 'ateliernova' };
  const stored = (() => {
    const result = validateConfig(
      x({ ...base, baseUrl: 'https://api.x.com', bearerToken: X_TOKEN }),
      connectorRegistry,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value.config;
  })();
  const tokenOf = (value: unknown) =>
    (value as { sources: { options: { bearerToken?: unknown } }[] }).sources[0]?.options.bearerToken;

  it('keeps the token while the address is the same, other options changed or not', () => {
    const { value, errors } = unmaskSecrets(
      x({ ...base, baseUrl: 'https://api.x.com', bearerToken: MASK, hashtags: ['Nova'] }),
      stored,
      connectorRegistry,
    );
    expect(errors).toEqual([]);
    expect(tokenOf(value)).toBe(X_TOKEN);
  });

  it('never sends it to a changed or removed address: the field asks for it again', () => {
    for (const options of [
      { ...base, baseUrl: 'https://evil.example', bearerToken: MASK },
      { ...base, bearerToken: MASK },
    ]) {
      const { value, errors } = unmaskSecrets(x(options), stored, connectorRegistry);
      expect(errors).toEqual([
        {
          field: 'sources[0].options.bearerToken',
          message: 'the network or its address changed: enter this secret again',
        },
      ]);
      expect(JSON.stringify(value)).not.toContain(X_TOKEN);
    }
  });

  it('never carries it to another network under the same id', () => {
    const { value, errors } = unmaskSecrets(x({ pageId: '123', token: MASK }, 'facebook'), stored, connectorRegistry);
    expect(errors.map((e) => e.field)).toEqual(['sources[0].options.token']);
    expect(JSON.stringify(value)).not.toContain(X_TOKEN);
  });
});
