// Everything the demo stream holds in a time window (from, to]: customer posts created in it, and brand
// replies created in it whose post is not older than `parentFloor` (so no reply arrives without its post).
import { composePost, type ComposeSettings, type DemoCandidate } from './compose-post.ts';
import { composeReply } from './compose-reply.ts';
import { firstSlotOfWindow, photoWindowOf } from './photo-rotation.ts';
import { MAX_REPLY_DELAY_MS, planSlot, type SlotPlan } from './slot-plan.ts';

interface Timed {
  at: number;
  item: DemoCandidate;
}

export class DemoGenerator {
  /** Plans of the slots scanned by recent polls: each poll looks back MAX_REPLY_DELAY_MS for replies. */
  private readonly plans = new Map<number, SlotPlan | null>();

  constructor(private readonly settings: ComposeSettings) {}

  collect(from: number, to: number, parentFloor: number | undefined): DemoCandidate[] {
    const { slotMs } = this.settings;
    // A reply is at most MAX_REPLY_DELAY_MS after its post, which is at most one slot after the slot start.
    const firstSlot = Math.floor((from - MAX_REPLY_DELAY_MS) / slotMs) - 1;
    const lastSlot = Math.floor(to / slotMs);
    this.forgetOutside(firstSlot, lastSlot);

    const out: Timed[] = [];
    for (let slot = firstSlot; slot <= lastSlot; slot++) {
      const plan = this.plan(slot);
      if (!plan) continue;
      const postDue = plan.createdAt > from && plan.createdAt <= to;
      const replyDue =
        plan.replyAt !== undefined &&
        plan.replyAt > from &&
        plan.replyAt <= to &&
        (parentFloor === undefined || plan.createdAt > parentFloor);
      if (!postDue && !replyDue) continue;
      const composed = composePost(plan, this.settings, plan.category === 'photo' ? this.photoOrdinal(plan.slot) : 0);
      if (postDue) out.push({ at: plan.createdAt, item: composed.post });
      if (replyDue && plan.replyAt !== undefined)
        out.push({ at: plan.replyAt, item: composeReply(plan, composed, this.settings) });
    }
    // Oldest first; a reply is always later than its post, so parents come first.
    out.sort((a, b) => a.at - b.at || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0));
    return out.map((t) => t.item);
  }

  private plan(slot: number): SlotPlan | undefined {
    let plan = this.plans.get(slot);
    if (plan === undefined) {
      plan = planSlot(this.settings.seed, slot, this.settings.slotMs) ?? null;
      this.plans.set(slot, plan);
    }
    return plan ?? undefined;
  }

  /** Photo posts before this slot in its photo window. */
  private photoOrdinal(slot: number): number {
    let ordinal = 0;
    for (let s = firstSlotOfWindow(photoWindowOf(slot, this.settings.slotMs), this.settings.slotMs); s < slot; s++) {
      if (this.plan(s)?.category === 'photo') ordinal++;
    }
    return ordinal;
  }

  private forgetOutside(firstSlot: number, lastSlot: number): void {
    for (const slot of this.plans.keys()) {
      if (slot < firstSlot || slot > lastSlot) this.plans.delete(slot);
    }
  }
}
