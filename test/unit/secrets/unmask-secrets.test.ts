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
    { sources: [{ id: 'masto', type: 'mastodon', options: { instances, hashtags: ['AtelierNova'] } }, { id: 'fb', type: 'facebook', options: { pageId: '123', token: 'facebook-page-token-123456' } }] },
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

const instancesOf = (value: unknown) => (value as { sources: { options: { instances: unknown } }[] }).sources[0]?.options.instances;

describe('unmaskSecrets', () => {
  const stored = current([SOCIAL, PIXEL, FOSSTODON]);

  it('puts back each stored secret, in lists by item', () => {
    const { value, errors } = unmaskSecrets(submitted([SOCIAL, PIXEL, FOSSTODON].map((i) => ({ url: i.url, token: MASK }))), stored, connectorRegistry);
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([SOCIAL, PIXEL, FOSSTODON]);
    expect((value as { sources: { options: { token: unknown } }[] }).sources[1]?.options.token).toBe('facebook-page-token-123456');
  });

  it('keeps each token with its instance when one above it is removed', () => {
    const { value, errors } = unmaskSecrets(submitted([PIXEL, FOSSTODON].map((i) => ({ url: i.url, token: MASK }))), stored, connectorRegistry);
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([PIXEL, FOSSTODON]);
  });

  it('keeps each token with its instance when the list is reordered', () => {
    const { value, errors } = unmaskSecrets(submitted([FOSSTODON, SOCIAL].map((i) => ({ url: i.url, token: MASK }))), stored, connectorRegistry);
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([FOSSTODON, SOCIAL]);
  });

  it('asks for the token of an instance whose address changed, naming the field', () => {
    const { errors } = unmaskSecrets(submitted([{ url: SOCIAL.url, token: MASK }, { url: 'https://mstdn.example', token: MASK }]), stored, connectorRegistry);
    expect(errors).toEqual([{ field: 'sources[0].options.instances[1].token', message: expect.stringMatching(/enter it/) }]);
  });

  it('leaves a newly typed token as typed', () => {
    const { value, errors } = unmaskSecrets(submitted([{ url: SOCIAL.url, token: 'a-brand-new-token' }, { url: PIXEL.url, token: MASK }]), stored, connectorRegistry);
    expect(errors).toEqual([]);
    expect(instancesOf(value)).toEqual([{ url: SOCIAL.url, token: 'a-brand-new-token' }, PIXEL]);
  });
});
