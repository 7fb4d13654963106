// The one sentence `npm start` prints before falling back to the headless wall: what is missing (Electron's
// runtime, or a display to show windows on) or what went wrong, then the URLs right after it.
export type FallbackCause =
  { kind: 'runtime-missing' } | { kind: 'no-display' } | { kind: 'failed-to-start'; detail: string };

const INSTEAD = 'running the headless wall instead — open these URLs:';

export function fallbackSentence(cause: FallbackCause): string {
  if (cause.kind === 'runtime-missing')
    return `Electron's runtime is not installed on this machine (it downloads on the first launch when online); ${INSTEAD}`;
  if (cause.kind === 'no-display')
    return `There is no display here for the kiosk's windows (DISPLAY and WAYLAND_DISPLAY are unset; Electron's runtime is not the problem); ${INSTEAD}`;
  return `Electron could not start on this machine (${cause.detail}); ${INSTEAD}`;
}

/** Linux without a display server: no window can open, whatever the runtime (Windows and macOS always have one). */
export function displayMissing(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY'];
}
