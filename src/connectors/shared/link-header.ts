// RFC 8288 Link header, as Mastodon and Foursquare send it for paging: <https://…?max_id=1>; rel="next", <…>; rel="prev".

export function parseLinkHeader(value: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (!match) continue;
    const rel = /rel="?([^";]+)"?/i.exec(match[2] ?? '');
    if (rel?.[1] && match[1] !== undefined) for (const r of rel[1].split(/\s+/)) links[r] = match[1];
  }
  return links;
}

/** A query parameter of a link's URL (max_id of rel="next"). */
export function linkParam(link: string | undefined, name: string): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link).searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}
