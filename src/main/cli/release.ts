// `npm run release -- keygen --key FILE` and `npm run release -- sign --key FILE DIR`: IT's release key, and the
// signature of a release's manifests before it is dropped in the hub's updates folder (docs/fleet.md).
import { parseArgs } from 'node:util';
import { keygen, ReleaseToolError, signRelease } from '../updates/release-tool.ts';

const USAGE = `Usage: npm run release -- keygen --key FILE        a new release key (FILE: its private half; prints the public one)
       npm run release -- sign --key FILE DIR       signs the latest*.yml of electron-builder's output folder DIR`;

function main(): number {
  const { values, positionals } = parseArgs({ options: { key: { type: 'string' } }, allowPositionals: true });
  const [command, dir] = positionals;
  try {
    if (command === 'keygen' && values.key !== undefined) console.log(keygen(values.key).join('\n'));
    else if (command === 'sign' && values.key !== undefined && dir !== undefined)
      console.log(signRelease(values.key, dir).join('\n'));
    else {
      console.error(USAGE);
      return 64;
    }
    return 0;
  } catch (err) {
    if (!(err instanceof ReleaseToolError)) throw err;
    console.error(err.message);
    return 1;
  }
}

process.exitCode = main();
