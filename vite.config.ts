// Builds the renderer (src/renderer) into dist/renderer, which the engine's local server serves.
// The server's CSP allows scripts and styles from 'self' only, so the build must inline nothing.
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('./src/renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * `SOCIAL_WALL_API=<port> npm run dev:renderer` proxies the API to a running engine. Authenticate
 * once by opening the panel URL it printed: its cookie is set for 127.0.0.1, whatever the port,
 * so the dev page at http://127.0.0.1:5173/panel/<id> then sends it through the proxy.
 */
function apiProxy(): Record<string, ProxyOptions> | undefined {
  const port = process.env.SOCIAL_WALL_API;
  if (!port) return undefined;
  // changeOrigin: the server answers only to its own Host (127.0.0.1:<its port>), against DNS rebinding.
  const options: ProxyOptions = { target: `http://127.0.0.1:${port}`, changeOrigin: true };
  return { '/api': options, '/bundled': options };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // React's automatic JSX runtime through esbuild: no React plugin needed for a plain build.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir,
    emptyOutDir: true,
    // The polyfill would be an inline <script>, which the CSP refuses.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into scripts or styles; files stay files.
    assetsInlineLimit: 0,
    sourcemap: false,
    // One bundle served from loopback (React, Chart.js, i18next, DOMPurify): no point splitting it.
    chunkSizeWarningLimit: 800,
  },
  server: {
    host: '127.0.0.1',
    proxy: apiProxy(),
  },
});
