// What the supervisor does when the kiosk's main process ends, as a pure function of how it ended and of
// the recent deaths (times are numbers, so tests drive the clock). Any death is answered within 30 s; a
// crash loop slows down, then stops, so it never spins; a refused configuration or a quit on purpose is
// not restarted. The systemd unit (systemd-unit.ts) says the same to systemd.
import { EXIT_CONFIG_REFUSED, EXIT_RESTART, EXIT_WALL_FAILED } from '../launch/exit-codes.ts';

export interface RestartPolicy {
  /** Delay before the 1st, 2nd… restart within the window (the last one repeats); never above 30 s. */
  delaysMs: readonly number[];
  /** Deaths tolerated within `windowMs`; one more and the supervisor gives up. */
  maxDeaths: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  delaysMs: [1_000, 5_000, 15_000, 30_000],
  maxDeaths: 10,
  windowMs: 10 * 60_000,
};

export interface ChildExit {
  code: number | null;
  signal: string | null;
  /** When it ended (epoch ms). */
  at: number;
}

export type SupervisorDecision =
  | { type: 'restart'; afterMs: number; reason: string }
  | { type: 'stop'; reason: string }
  | { type: 'give-up'; reason: string };

/** How a death reads in the log. */
export function describeExit({ code, signal }: Pick<ChildExit, 'code' | 'signal'>): string {
  if (signal) return `stopped by ${signal}`;
  if (code === EXIT_RESTART) return `asked to be restarted (exit code ${code})`;
  if (code === EXIT_WALL_FAILED) return `could not start (exit code ${code})`;
  return `exited with code ${code}`;
}

export function decideAfterExit(
  deaths: readonly number[],
  exit: ChildExit,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): { deaths: number[]; decision: SupervisorDecision } {
  if (exit.code === 0 && !exit.signal)
    return { deaths: [], decision: { type: 'stop', reason: 'the wall quit on purpose' } };
  if (exit.code === EXIT_CONFIG_REFUSED)
    return {
      deaths: [],
      decision: {
        type: 'give-up',
        reason:
          'the configuration was refused (the line before names the field): fix config.json, then start Social Wall again',
      },
    };
  const recent = [...deaths.filter((t) => exit.at - t < policy.windowMs), exit.at];
  const minutes = Math.round(policy.windowMs / 60_000);
  const how = describeExit(exit);
  if (recent.length > policy.maxDeaths)
    return {
      deaths: [],
      decision: {
        type: 'give-up',
        reason: `the wall stopped ${recent.length} times in ${minutes} min (last: ${how}): not restarting it again; read the lines before, then start Social Wall again`,
      },
    };
  const afterMs = policy.delaysMs[Math.min(recent.length, policy.delaysMs.length) - 1] ?? 0;
  return {
    deaths: recent,
    decision: {
      type: 'restart',
      afterMs,
      reason: `the wall ${how}; restart ${recent.length} of ${policy.maxDeaths} in ${minutes} min, in ${afterMs / 1000} s`,
    },
  };
}
