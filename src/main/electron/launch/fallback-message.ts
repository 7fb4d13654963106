// The one sentence `npm start` prints before falling back to the headless wall.
export type FallbackCause = { kind: 'runtime-missing' } | { kind: 'failed-to-start'; detail: string };

export function fallbackSentence(cause: FallbackCause): string {
  if (cause.kind === 'runtime-missing') {
    return "Electron's runtime is not available on this machine (it downloads on first launch when online); running the headless wall instead — open these URLs:";
  }
  return `Electron could not start on this machine (${cause.detail}); running the headless wall instead — open these URLs:`;
}
