// The tiny supervising process (Windows, and Linux where no systemd user manager answers): the app started
// by the login item runs the kiosk as its child and starts it again when it dies, as restart-policy.ts
// decides, logging each death and decision with its reason. It opens no window and loads no page.
import type { Logger } from '../../logger.ts';
import {
  DEFAULT_RESTART_POLICY,
  decideAfterExit,
  type RestartPolicy,
  type SupervisorDecision,
} from './restart-policy.ts';

/** What the supervisor needs of a child process (node:child_process's ChildProcess has it). */
export interface KioskChild {
  readonly pid?: number | undefined;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (err: Error) => void): unknown;
}

export interface ProcessSupervisorOptions {
  /** Starts the kiosk (the same executable and arguments, marked as supervised). */
  spawnKiosk: () => KioskChild;
  logger: Logger;
  now: () => number;
  schedule: (run: () => void, afterMs: number) => void;
  /** The supervisor has nothing left to do (the kiosk quit on purpose, was stopped, or it gave up). */
  onEnd: (decision: SupervisorDecision) => void;
  policy?: RestartPolicy;
}

export class ProcessSupervisor {
  private deaths: number[] = [];
  private child: KioskChild | undefined;
  private stopping = false;

  constructor(private readonly options: ProcessSupervisorOptions) {}

  start(): void {
    if (this.stopping) return;
    const child = this.options.spawnKiosk();
    this.child = child;
    this.options.logger.info('supervisor: the wall started', { pid: child.pid });
    let ended = false;
    const end = (code: number | null, signal: string | null, error?: string) => {
      if (ended) return;
      ended = true;
      this.child = undefined;
      this.onExit(code, signal, error);
    };
    child.once('exit', (code, signal) => end(code, signal));
    child.once('error', (err) => end(null, null, err.message));
  }

  /** IT asked the wall to stop: the kiosk is ended and not started again. */
  stop(reason: string): void {
    this.stopping = true;
    this.options.logger.info('supervisor: stopping the wall', { reason });
    if (!this.child?.kill('SIGTERM')) this.options.onEnd({ type: 'stop', reason });
  }

  private onExit(code: number | null, signal: string | null, error?: string): void {
    const { logger, now, schedule, onEnd, policy = DEFAULT_RESTART_POLICY } = this.options;
    if (this.stopping) return onEnd({ type: 'stop', reason: 'stopped by IT' });
    const result = decideAfterExit(this.deaths, { code, signal, at: now() }, policy);
    this.deaths = result.deaths;
    const { decision } = result;
    const fields = { code, signal, ...(error ? { error } : {}), reason: decision.reason };
    if (decision.type === 'restart') {
      logger.warn('supervisor: the wall stopped; restarting it', fields);
      schedule(() => this.start(), decision.afterMs);
    } else if (decision.type === 'give-up') {
      logger.error('supervisor: gave up restarting the wall', fields);
      onEnd(decision);
    } else {
      logger.info('supervisor: the wall quit', fields);
      onEnd(decision);
    }
  }
}
