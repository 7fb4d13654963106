// What `serve --emulate` needs of every network's emulator: a dataset that keeps changing on a timer, and the
// timer stopped when the emulator closes.

/** Calls `step` every `everyMs` (the timer does not keep the process alive) until the returned stop is called. */
export function every(step: () => void, everyMs: number): () => void {
  const timer = setInterval(step, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The same emulator, whose `close` now runs `stop` first (set on the object itself: class instances keep their methods). */
export function stopsWith<E extends { close(): Promise<void> }>(emulator: E, stop: () => void): E {
  const close = emulator.close.bind(emulator);
  emulator.close = async () => {
    stop();
    await close();
  };
  return emulator;
}
