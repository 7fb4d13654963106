// One id per configuration path ("sources[0].options.token" → "field-sources-0-options-token"): the input
// carries it, the server's 422 names the path, and the page finds the input to put the message next to it.
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

export function helpId(path: string): string {
  return `${fieldId(path)}-help`;
}

/** What an input's aria-describedby names: its error and its help, those it has. */
export function describedById(path: string, notes: { error?: unknown; help?: unknown }): string | undefined {
  return (
    [notes.error ? errorId(path) : undefined, notes.help ? helpId(path) : undefined].filter(Boolean).join(' ') ||
    undefined
  );
}
