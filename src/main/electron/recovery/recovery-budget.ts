// How the kiosk answers a failing panel, as a pure function of what happened and when (the clock is a
// number, so tests drive it). A panel that crashes or hangs reloads; a panel that keeps failing within a
// few minutes means something larger is wrong (the GPU, the driver, memory), so the whole app restarts;
// GPU process crashes that keep coming mean the hardware acceleration itself, so the app relaunches
// without it (persisted: see gpu-fallback-flag.ts).

export interface RecoveryPolicy {
  /** Failures of one window tolerated within `windowMs` before the app restarts. */
  maxWindowFailures: number;
  /** GPU process crashes tolerated within `windowMs` before relaunching without hardware acceleration. */
  maxGpuCrashes: number;
  windowMs: number;
  /** Delay before reloading a failed panel: quick, but not a hot loop. */
  reloadDelayMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  maxWindowFailures: 3,
  maxGpuCrashes: 3,
  windowMs: 10 * 60_000,
  reloadDelayMs: 2_000,
};

export type FailureKind = 'crashed' | 'unresponsive' | 'memory' | 'load-failed';

export interface RecoveryState {
  /** Failure times per window key, within the policy's window. */
  windowFailures: ReadonlyMap<string, readonly number[]>;
  gpuCrashes: readonly number[];
}

export type RecoveryAction =
  | { type: 'reload'; key: string; afterMs: number; reason: string }
  | { type: 'restart-app'; reason: string }
  | { type: 'relaunch-without-gpu'; reason: string }
  | { type: 'none'; reason: string };

export const EMPTY_RECOVERY_STATE: RecoveryState = { windowFailures: new Map(), gpuCrashes: [] };

const recent = (times: readonly number[], now: number, windowMs: number) => times.filter((t) => now - t < windowMs);

export function onWindowFailure(
  state: RecoveryState,
  key: string,
  kind: FailureKind,
  now: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): { state: RecoveryState; action: RecoveryAction } {
  const times = [...recent(state.windowFailures.get(key) ?? [], now, policy.windowMs), now];
  const windowFailures = new Map(state.windowFailures);
  const minutes = Math.round(policy.windowMs / 60_000);
  if (times.length > policy.maxWindowFailures) {
    windowFailures.delete(key); // the restart starts a new budget
    return {
      state: { ...state, windowFailures },
      action: { type: 'restart-app', reason: `${key} failed ${times.length} times in ${minutes} min (last: ${kind})` },
    };
  }
  windowFailures.set(key, times);
  return {
    state: { ...state, windowFailures },
    action: {
      type: 'reload',
      key,
      afterMs: policy.reloadDelayMs,
      reason: `${key} ${kind} (${times.length} of ${policy.maxWindowFailures} in ${minutes} min)`,
    },
  };
}

export function onGpuCrash(
  state: RecoveryState,
  now: number,
  hardwareAcceleration: boolean,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): { state: RecoveryState; action: RecoveryAction } {
  const gpuCrashes = [...recent(state.gpuCrashes, now, policy.windowMs), now];
  const minutes = Math.round(policy.windowMs / 60_000);
  if (hardwareAcceleration && gpuCrashes.length > policy.maxGpuCrashes) {
    return {
      state: { ...state, gpuCrashes: [] },
      action: {
        type: 'relaunch-without-gpu',
        reason: `the GPU process crashed ${gpuCrashes.length} times in ${minutes} min`,
      },
    };
  }
  // Chromium restarts its GPU process by itself; the panels repaint.
  return {
    state: { ...state, gpuCrashes },
    action: { type: 'none', reason: `GPU process crashed (${gpuCrashes.length} in ${minutes} min)` },
  };
}
