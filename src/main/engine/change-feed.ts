// The wall's stream of changes, numbered so that a screen that lost its connection can resume with
// Last-Event-ID. Ids carry a per-launch boot id: after a restart, an old id asks for a reset.
import { randomBytes } from 'node:crypto';
import { Subject, type Observable } from 'rxjs';
import type { StreamEvent } from '../../shared/api-contract.ts';

export interface SequencedEvent {
  id: string;
  seq: number;
  event: StreamEvent;
  /** `event.data` as JSON, serialised once for every screen (and cheaper for the GC to keep than objects). */
  json: string;
}

export type Resume =
  { kind: 'fresh' } | { kind: 'replay'; events: SequencedEvent[] } | { kind: 'reset'; reason: string };

export class ChangeFeed {
  readonly bootId = randomBytes(4).toString('hex');
  private seq = 0;
  private readonly buffer: SequencedEvent[] = [];
  private readonly subject = new Subject<SequencedEvent>();
  /** In-process listeners that are not screens (the picture cache): they do not count as `observed`. */
  private readonly taps = new Set<(event: SequencedEvent) => void>();
  readonly events$: Observable<SequencedEvent> = this.subject.asObservable();

  constructor(private readonly capacity = 10_000) {}

  /** @param dataJson `event.data` already serialised, when the caller has it (saves serialising twice). */
  publish(event: StreamEvent, dataJson: string = JSON.stringify(event.data)): SequencedEvent {
    const seq = ++this.seq;
    const sequenced = { id: `${this.bootId}-${seq}`, seq, event, json: dataJson };
    this.buffer.push(sequenced);
    // Trim in chunks: shifting one element per event would be O(n) each time.
    if (this.buffer.length > this.capacity * 1.25) this.buffer.splice(0, this.buffer.length - this.capacity);
    for (const tap of this.taps) tap(sequenced);
    this.subject.next(sequenced);
    return sequenced;
  }

  /** What a client that last saw `lastEventId` has missed. */
  resume(lastEventId: string | undefined): Resume {
    if (!lastEventId) return { kind: 'fresh' };
    const match = /^([0-9a-f]+)-(\d+)$/.exec(lastEventId);
    if (!match || match[1] !== this.bootId) return { kind: 'reset', reason: 'the wall restarted' };
    const seen = Number(match[2]);
    if (seen > this.seq) return { kind: 'reset', reason: 'unknown event id' };
    const first = this.buffer[0];
    if (seen < this.seq && (!first || first.seq > seen + 1))
      return { kind: 'reset', reason: 'too many changes missed' };
    return { kind: 'replay', events: this.buffer.filter((e) => e.seq > seen) };
  }

  get lastId(): string | undefined {
    return this.seq ? `${this.bootId}-${this.seq}` : undefined;
  }

  /** Calls `listener` with every change, in-process, until the returned function is called. */
  tap(listener: (event: SequencedEvent) => void): () => void {
    this.taps.add(listener);
    return () => this.taps.delete(listener);
  }

  /** Whether a screen (or anyone) follows the feed: the server's tests check that closed streams let go. */
  get observed(): boolean {
    return this.subject.observed;
  }

  complete(): void {
    this.subject.complete();
  }
}
