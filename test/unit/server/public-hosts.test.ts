import { describe, expect, it } from 'vitest';
import { isPublicHost, isPublicOrigin, readPublicHost } from '../../../src/main/server/public-hosts.ts';

describe('a hub’s public names (--public-host)', () => {
  it('reads a host name with an optional port, in lower case, and nothing else', () => {
    expect(readPublicHost('Hub.Example.com')).toBe('hub.example.com');
    expect(readPublicHost('hub.example.com:8443')).toBe('hub.example.com:8443');
    for (const bad of ['https://hub.example.com', 'hub.example.com/path', 'hub example', '', 'hub:0', 'hub:70000'])
      expect(readPublicHost(bad), bad).toBeUndefined();
  });

  it('matches a Host header by name; a name without a port on the default ports only', () => {
    const hosts = ['hub.example.com', 'alt.example.com:8443'];
    expect(isPublicHost('hub.example.com', hosts)).toBe(true);
    expect(isPublicHost('HUB.example.com:443', hosts)).toBe(true);
    expect(isPublicHost('hub.example.com:8080', hosts)).toBe(false);
    expect(isPublicHost('alt.example.com:8443', hosts)).toBe(true);
    expect(isPublicHost('alt.example.com', hosts)).toBe(false);
    expect(isPublicHost('evil.example.com', hosts)).toBe(false);
    expect(isPublicHost('hub.example.com.evil.com', hosts)).toBe(false);
    expect(isPublicHost(undefined, hosts)).toBe(false);
    expect(isPublicHost('hub.example.com', [])).toBe(false);
  });

  it('matches an Origin of those names, over https or http', () => {
    const hosts = ['hub.example.com'];
    expect(isPublicOrigin('https://hub.example.com', hosts)).toBe(true);
    expect(isPublicOrigin('http://hub.example.com', hosts)).toBe(true);
    expect(isPublicOrigin('https://evil.example.com', hosts)).toBe(false);
    expect(isPublicOrigin('null', hosts)).toBe(false);
    expect(isPublicOrigin('ftp://hub.example.com', hosts)).toBe(false);
  });
});
