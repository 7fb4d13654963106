// Linux start at login: an XDG autostart entry (~/.config/autostart/social-wall.desktop), which every
// desktop session honours. Under Wayland a window may not choose its display, so the entry starts the
// wall on XWayland (`--ozone-platform=x11`), where per-display placement works.

export interface AutostartEntryInput {
  /** The executable: the AppImage's own path ($APPIMAGE) or the installed binary. */
  exec: string;
  args: readonly string[];
  name?: string;
}

/** Quotes one argument of an Exec line (Desktop Entry Specification, "The Exec key"). */
export function quoteExecArg(arg: string): string {
  const percent = arg.replace(/%/g, '%%'); // % starts a field code, quoted or not
  if (arg !== '' && !/[\s"'\\`$<>~|&;*?#()]/.test(arg)) return percent;
  return `"${percent.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
}

/** The wall's extra arguments at login for a session type ($XDG_SESSION_TYPE). */
export function autostartArgs(sessionType: string | undefined): string[] {
  return sessionType === 'wayland' ? ['--ozone-platform=x11'] : [];
}

export function xdgAutostartEntry({ exec, args, name = 'Social Wall' }: AutostartEntryInput): string {
  // The file's string escaping applies before the Exec quoting: each backslash is written twice again.
  const execLine = [exec, ...args].map(quoteExecArg).join(' ').replace(/\\/g, '\\\\');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${name}`,
    'Comment=Shows what customers say about the brand on the lobby screens',
    `Exec=${execLine}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    'X-GNOME-Autostart-Delay=5',
    '',
  ].join('\n');
}
