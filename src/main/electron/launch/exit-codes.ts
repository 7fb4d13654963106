// How the kiosk tells the launcher that Electron did start but the wall refused to run (so the launcher
// does not mistake a configuration error for a missing runtime and fall back to headless mode).
/** EX_CONFIG from sysexits.h: the configuration was refused; the message is on stderr. */
export const EXIT_CONFIG_REFUSED = 78;
/** EX_SOFTWARE: the wall could not start (port in use, unreadable data folder…); the message is on stderr. */
export const EXIT_WALL_FAILED = 70;
