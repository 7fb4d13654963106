// A hung panel is found by asking it, not by waiting for Electron's 'unresponsive' event: that event
// relies on input acknowledgements, and a panel receives no input. On each tick of the shell, every panel
// that finished loading is asked a trivial question in the page (heartbeat: an isolated-world script, so
// the page's CSP does not apply); a page whose main thread is stuck answers nothing. A panel that has not
// answered by MISSES_TO_HANG ticks after the question is hung: the shell kills its renderer and reloads it, counted
// by the recovery budget like a crash. Pure: the tick is the clock.

/** Ticks of the shell (5 s each) after an unanswered question before a panel counts as hung (15 to 20 s). */
export const MISSES_TO_HANG = 3;

export interface BeatState {
  /** A question is out and not answered yet. */
  pending: boolean;
  /** Ticks it has been out. */
  misses: number;
}

/** Nothing out: after an answer, or when the page starts loading (it answers once loaded). */
export const IDLE: BeatState = { pending: false, misses: 0 };

export type BeatStep = { state: BeatState; ask: boolean; hung: boolean };

/** On a tick: ask again if the last answer came, else count one more miss (and say when it is a hang). */
export function onTick(state: BeatState, missesToHang = MISSES_TO_HANG): BeatStep {
  if (!state.pending) return { state: { pending: true, misses: 0 }, ask: true, hung: false };
  const misses = state.misses + 1;
  if (misses >= missesToHang) return { state: IDLE, ask: false, hung: true };
  return { state: { pending: true, misses }, ask: false, hung: false };
}
