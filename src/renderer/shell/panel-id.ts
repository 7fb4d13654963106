// The page is served for /panel/:id; the id is all it needs to know which screen it is.
export function panelIdFromPath(pathname: string): string | undefined {
  const match = /^\/panel\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
