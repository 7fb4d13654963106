// Nobody points at a lobby screen: the cursor is hidden by a style sheet Electron injects into each page
// (webContents.insertCSS is not subject to the page's CSP, which forbids inline styles).
export const HIDDEN_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';
