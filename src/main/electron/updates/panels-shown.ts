// When a new version "shows its panels" (its update trial, src/main/updates/update-trial.ts): every panel window
// the screen plan has placed answered a heartbeat since its last load (its page runs). Pure; fed by
// kiosk-windows.ts's onAlive and the plan's panel windows.
export class PanelsShown {
  private readonly alive = new Set<string>();

  /** A panel window answered its heartbeat. */
  answered(key: string): void {
    this.alive.add(key);
  }

  /** A panel window failed (load, crash, hang): it must answer again. */
  failed(key: string): void {
    this.alive.delete(key);
  }

  /** Whether every placed panel window answered (false while none is placed: nothing showed yet). */
  all(panelWindows: readonly string[]): boolean {
    return panelWindows.length > 0 && panelWindows.every((key) => this.alive.has(key));
  }
}
