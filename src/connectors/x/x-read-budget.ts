// X charges per post read (about $0.005), a post read again the same UTC day is not charged twice.
// This keeps the month's count of charged reads against the budget IT set, and says when to stop.
import { ConnectorError } from '../connector.ts';

export interface XBudgetState {
  /** UTC month the count belongs to, 'YYYY-MM'. */
  month: string;
  postsRead: number;
  /** UTC day of `readToday`, 'YYYY-MM-DD'. */
  day: string;
  /** Ids already charged today. */
  readToday: string[];
}

/** Bounds the persisted cursor; past it a post read again is counted again (the estimate errs high). */
const MAX_IDS_PER_DAY = 20_000;

const utcMonth = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function emptyBudget(nowMs: number): XBudgetState {
  return { month: utcMonth(nowMs), postsRead: 0, day: utcDay(nowMs), readToday: [] };
}

/** 00:00 UTC on the first day of the next month. */
export function nextMonthStartMs(nowMs: number): number {
  const d = new Date(nowMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

export class XReadBudget {
  private state: XBudgetState;
  private today: Set<string>;

  constructor(
    state: XBudgetState | undefined,
    private readonly limits: { monthlyBudgetUsd: number; costPerPostUsd: number },
    private readonly now: () => number,
  ) {
    this.state = state ?? emptyBudget(now());
    this.today = new Set(this.state.readToday);
    this.rollOver();
  }

  private rollOver(): void {
    const now = this.now();
    if (this.state.month !== utcMonth(now)) this.state = { ...this.state, month: utcMonth(now), postsRead: 0 };
    if (this.state.day !== utcDay(now)) {
      this.state = { ...this.state, day: utcDay(now), readToday: [] };
      this.today = new Set();
    }
  }

  /** Counts the posts a call returned; returns how many were charged. */
  charge(ids: readonly string[]): number {
    this.rollOver();
    let charged = 0;
    for (const id of ids) {
      if (this.today.has(id)) continue;
      charged++;
      if (this.today.size < MAX_IDS_PER_DAY) this.today.add(id);
    }
    this.state = { ...this.state, postsRead: this.state.postsRead + charged };
    return charged;
  }

  /** Read already today: reading it again costs nothing more. */
  readToday(id: string): boolean {
    this.rollOver();
    return this.today.has(id);
  }

  get spendUsd(): number {
    return this.state.postsRead * this.limits.costPerPostUsd;
  }

  /** Posts that can still be read this month before the budget is reached. */
  postsLeft(): number {
    this.rollOver();
    return Math.max(0, Math.floor((this.limits.monthlyBudgetUsd - this.spendUsd) / this.limits.costPerPostUsd + 1e-9));
  }

  /** Throws the error IT sees when the month's budget is spent (retried at the start of next month). */
  assertNotReached(): void {
    if (this.postsLeft() > 0) return;
    const now = this.now();
    const resume = nextMonthStartMs(now);
    const when = new Date(resume).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    throw new ConnectorError(
      'config',
      `monthly X budget reached ($${this.limits.monthlyBudgetUsd.toFixed(2)}): reading resumes on ${when}`,
      resume - now,
    );
  }

  snapshot(): XBudgetState {
    this.rollOver();
    return { ...this.state, readToday: [...this.today] };
  }

  /** Figures for the source's health. */
  figures(): Record<string, number> {
    this.rollOver();
    return {
      postsReadThisMonth: this.state.postsRead,
      // Tenths of a cent: one post read is half a cent.
      estimatedSpendUsd: Math.round(this.spendUsd * 1000) / 1000,
      monthlyBudgetUsd: this.limits.monthlyBudgetUsd,
    };
  }
}
