// Applies the recovery policy (recovery-budget.ts, memory-watchdog.ts) to what the windows report, and
// logs every event with its reason. Knows nothing of Electron: the shell gives it what to do.
import type { Logger } from '../../logger.ts';
import {
  DEFAULT_RECOVERY_POLICY,
  EMPTY_RECOVERY_STATE,
  onGpuCrash,
  onWindowFailure,
  type FailureKind,
  type RecoveryAction,
  type RecoveryPolicy,
  type RecoveryState,
} from './recovery-budget.ts';
import { judgeMemory, type MemorySample } from './memory-watchdog.ts';

export interface RecoveryTarget {
  reloadWindow(key: string): void;
  restartApp(): void;
  relaunchWithoutGpu(reason: string): void;
}

export interface RecoveryControllerOptions {
  target: RecoveryTarget;
  logger: Logger;
  now: () => number;
  schedule: (run: () => void, afterMs: number) => void;
  hardwareAcceleration: boolean;
  policy?: RecoveryPolicy;
}

export class RecoveryController {
  private state: RecoveryState = EMPTY_RECOVERY_STATE;
  private overMemoryOnce: ReadonlySet<string> = new Set();
  private readonly policy: RecoveryPolicy;

  constructor(private readonly options: RecoveryControllerOptions) {
    this.policy = options.policy ?? DEFAULT_RECOVERY_POLICY;
  }

  windowFailed(key: string, kind: FailureKind, detail: Record<string, unknown> = {}): void {
    const result = onWindowFailure(this.state, key, kind, this.options.now(), this.policy);
    this.state = result.state;
    this.act(result.action, detail);
  }

  gpuCrashed(detail: Record<string, unknown> = {}): void {
    const result = onGpuCrash(this.state, this.options.now(), this.options.hardwareAcceleration, this.policy);
    this.state = result.state;
    this.act(result.action, detail);
  }

  memorySampled(samples: readonly MemorySample[], limitMb: number): void {
    const verdict = judgeMemory(samples, limitMb, this.overMemoryOnce);
    this.overMemoryOnce = verdict.overOnce;
    for (const { key, mb } of verdict.reload) this.windowFailed(key, 'memory', { mb, limitMb });
  }

  private act(action: RecoveryAction, detail: Record<string, unknown>): void {
    const { logger, target, schedule } = this.options;
    switch (action.type) {
      case 'reload':
        logger.warn('recovery: reloading a panel', { ...detail, reason: action.reason });
        schedule(() => target.reloadWindow(action.key), action.afterMs);
        return;
      case 'restart-app':
        logger.error('recovery: restarting the app', { ...detail, reason: action.reason });
        target.restartApp();
        return;
      case 'relaunch-without-gpu':
        logger.error('recovery: relaunching without hardware acceleration', { ...detail, reason: action.reason });
        target.relaunchWithoutGpu(action.reason);
        return;
      case 'none':
        logger.warn('recovery: nothing to do', { ...detail, reason: action.reason });
    }
  }
}
