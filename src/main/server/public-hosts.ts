// The names a hub answers to behind its reverse proxy (`--public-host hub.example.com`, docs/fleet.md "TLS").
// The server answers only to its own address (IP literal or localhost, on its port) against DNS rebinding; a
// name IT gives is accepted too, in the Host header (the proxy passes it on) and in a settings change's Origin
// (the page was opened at https://hub.example.com). A name without a port matches the default ports only.

const HOST = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?::(\d{1,5}))?$/i;

interface HostName {
  name: string;
  port: number | undefined;
}

function split(host: string): HostName | undefined {
  const match = HOST.exec(host.trim());
  if (!match) return undefined;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65_535)) return undefined;
  return { name: (match[1] ?? '').toLowerCase(), port };
}

/** A `--public-host` value as kept (lower case), or undefined when it is not a host name with an optional port. */
export function readPublicHost(text: string): string | undefined {
  const host = split(text);
  if (!host) return undefined;
  return host.port === undefined ? host.name : `${host.name}:${host.port}`;
}

/** Whether a Host header names one of the public hosts. */
export function isPublicHost(hostHeader: string | undefined, publicHosts: readonly string[]): boolean {
  if (!hostHeader || publicHosts.length === 0) return false;
  const seen = split(hostHeader);
  if (!seen) return false;
  return publicHosts.some((spec) => {
    const wanted = split(spec);
    if (!wanted || wanted.name !== seen.name) return false;
    return wanted.port === undefined
      ? seen.port === undefined || seen.port === 80 || seen.port === 443
      : seen.port === wanted.port;
  });
}

/** Whether an Origin header is a page of one of the public hosts (http or https). */
export function isPublicOrigin(origin: string, publicHosts: readonly string[]): boolean {
  if (publicHosts.length === 0) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && isPublicHost(url.host, publicHosts);
  } catch {
    return false;
  }
}
