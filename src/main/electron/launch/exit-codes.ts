// How the kiosk tells whoever started it why it stopped: the launcher of `npm start` (a configuration error
// is not a missing runtime, so no headless fallback) and the supervisor (supervisor/restart-policy.ts).
/** EX_CONFIG from sysexits.h: the configuration was refused; the message is on stderr and in kiosk.log. */
export const EXIT_CONFIG_REFUSED = 78;
/** EX_SOFTWARE: the wall could not start (port in use, unreadable data folder…); the message is on stderr. */
export const EXIT_WALL_FAILED = 70;
/** EX_TEMPFAIL: the kiosk asks its supervisor to start it again (repeated panel failures, GPU off, a fatal error). */
export const EXIT_RESTART = 75;
