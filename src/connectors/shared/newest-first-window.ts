// Reading a list the network serves newest first (tips, reviews): page until the high-water mark (with a
// small overlap, since such lists shift under deletes), and find what disappeared from the recent window.
// These networks never say that an item was deleted: the first page is fetched at every poll anyway, so
// comparing it with the previous one costs no extra call.

/** An item as the window sees it: its id, the time the list is sorted by, and whether it carried a reply. */
export interface WindowItem {
  id: string;
  /** Epoch ms of the sort key (created_at, updateTime…). */
  at: number;
  reply?: boolean;
}

export interface WindowState {
  /** Epoch ms of the newest item seen so far (the high-water mark). */
  newestAt?: number;
  /** What the first page held at the previous poll. */
  firstPage: WindowItem[];
}

export interface Page<T> {
  items: T[];
  /** Opaque token for the next page; absent on the last page. */
  next?: string;
}

export interface WindowOptions<T> {
  fetchPage(next: string | undefined): Promise<Page<T>>;
  describe(item: T): WindowItem | undefined;
  /** Items per page asked for: a full page may hide older items, a shorter one shows all there is. */
  pageSize: number;
  /** Pages read on a first sync (no high-water mark yet). */
  backfillPages: number;
  /** Pages read at most on an incremental poll (a long outage catches up over several polls). */
  maxPages: number;
  /** Re-read this far below the high-water mark: items inserted late or shifted by deletes. */
  overlapMs: number;
}

export interface WindowResult<T> {
  items: T[];
  /** Ids that were in the recent window and are no longer served. */
  gone: string[];
  /** Ids whose reply was there and is no longer. */
  repliesGone: string[];
  state: WindowState;
}

/** What vanished from the window: ids newer than the page's oldest item (or any, on a short page) not served again. */
export function goneFromWindow(
  previous: readonly WindowItem[],
  page: readonly WindowItem[],
  pageIsFull: boolean,
): { gone: string[]; repliesGone: string[] } {
  const served = new Map(page.map((i) => [i.id, i]));
  const boundary = pageIsFull ? Math.min(...page.map((i) => i.at)) : Number.NEGATIVE_INFINITY;
  const gone: string[] = [];
  const repliesGone: string[] = [];
  for (const old of previous) {
    const now = served.get(old.id);
    if (!now) {
      // On a full page an item at or below the boundary may only have been pushed to page 2.
      if (old.at > boundary) gone.push(old.id);
    } else if (old.reply && !now.reply) {
      repliesGone.push(old.id);
    }
  }
  return { gone, repliesGone };
}

export async function readNewestFirst<T>(
  state: WindowState | undefined,
  options: WindowOptions<T>,
): Promise<WindowResult<T>> {
  const hwm = state?.newestAt;
  const limitPages = hwm === undefined ? options.backfillPages : options.maxPages;
  const items: T[] = [];
  let first: WindowItem[] | undefined;
  let firstFull = false;
  let newest = hwm;
  let next: string | undefined;
  for (let pageNo = 0; pageNo < limitPages; pageNo++) {
    const page = await options.fetchPage(next);
    const described = page.items.map((item) => options.describe(item));
    items.push(...page.items);
    const known = described.filter((d): d is WindowItem => d !== undefined);
    if (first === undefined) {
      first = known;
      firstFull = page.items.length >= options.pageSize;
    }
    for (const d of known) newest = Math.max(newest ?? d.at, d.at);
    const oldest = known.length ? Math.min(...known.map((d) => d.at)) : undefined;
    next = page.next;
    // Stop at the high-water mark (minus the overlap), at the last page, or on an empty page.
    if (!next || page.items.length === 0) break;
    if (hwm !== undefined && oldest !== undefined && oldest <= hwm - options.overlapMs) break;
  }
  const firstPage = first ?? [];
  const { gone, repliesGone } = state
    ? goneFromWindow(state.firstPage, firstPage, firstFull)
    : { gone: [], repliesGone: [] };
  return { items, gone, repliesGone, state: { ...(newest !== undefined ? { newestAt: newest } : {}), firstPage } };
}
