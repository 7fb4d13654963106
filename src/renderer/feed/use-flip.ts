// Cards that move (pushed down by a new post) glide to their new place instead of jumping: after each
// commit, each card's layout position is compared with the one before and the difference played back
// as a transform animation (FLIP). Transform only, on the compositor; layout positions (offsetTop) are
// read once per commit and ignore running transforms.
import { useLayoutEffect, useRef, type RefObject } from 'react';

const DURATION_MS = 700;

export function useFlip(container: RefObject<HTMLElement | null>, trigger: unknown): void {
  const positions = useRef(new Map<string, { x: number; y: number }>());
  // One running glide per card at most: under a burst of posts, overlapping animations would pile up
  // and make every style update (and so every read below) slower.
  const running = useRef(new WeakMap<HTMLElement, Animation>());
  const reduce = useRef<boolean | null>(null);
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    reduce.current ??= window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const next = new Map<string, { x: number; y: number }>();
    const moves: { el: HTMLElement; dx: number; dy: number }[] = [];
    // All reads first, then all writes: starting an animation invalidates style, and a read after it
    // would force a fresh layout for every card (layout thrashing, tens of ms per post).
    for (const el of root.querySelectorAll<HTMLElement>('[data-flip-key]')) {
      const key = el.dataset.flipKey;
      if (!key) continue;
      const now = { x: el.offsetLeft, y: el.offsetTop };
      next.set(key, now);
      const before = positions.current.get(key);
      if (!before || reduce.current) continue;
      const dx = before.x - now.x;
      const dy = before.y - now.y;
      if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) moves.push({ el, dx, dy });
    }
    for (const { el, dx, dy } of moves) {
      running.current.get(el)?.cancel();
      const animation = el.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'translate(0, 0)' }], {
        duration: DURATION_MS,
        easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)',
      });
      running.current.set(el, animation);
    }
    positions.current = next;
  }, [container, trigger]);
}
