// `npx tsx src/main/electron/launch/bundle-cli.ts`: bundles the kiosk's main process into
// dist/main/electron/main.js, before electron-builder packages it (`npm start` does this by itself).
import { fileURLToPath } from 'node:url';
import { MAIN_BUNDLE, bundleMain } from './bundle-main.ts';

await bundleMain(fileURLToPath(new URL('../../../../', import.meta.url)));
console.log(`bundled ${MAIN_BUNDLE}`);
