// (4) The picture cache's hit path: a picture the engine already keeps, asked for by the page as a screen does
// (/pictures?url=…), against the baseline of a static file from the same server (/bundled/…), both fetched from
// the page without the browser's cache, one after the other.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PictureDisk, pictureId } from '../../src/main/pictures/picture-disk.ts';
import type { UiWall } from './ui-wall.ts';

export interface PictureHitResult {
  requests: number;
  bytes: number;
  hitP50Ms: number;
  hitP95Ms: number;
  /** Baseline in the same run: the same number of static files of the same size class. */
  staticP50Ms: number;
  staticP95Ms: number;
  /** hit p95 / static p95. */
  ratio: number;
}

const BUNDLED = 'demo/car-on-lift.svg';
export const BENCH_PICTURE_URL = 'https://pictures.bench.invalid/car-on-lift.png';

/** Puts the picture in the wall's cache folder before the wall starts (it then knows it without a network). */
export function seedPicture(dataDir: string, assetsDir: string): void {
  const dir = join(dataDir, 'pictures');
  mkdirSync(dir, { recursive: true });
  new PictureDisk(dir, 64 * 2 ** 20).put(
    pictureId(BENCH_PICTURE_URL),
    readFileSync(join(assetsDir, BUNDLED)),
    'image/png',
  );
}

const percentile = (sorted: number[], p: number) =>
  +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(2);

export async function pictureHits(ui: UiWall, requests = 300): Promise<PictureHitResult> {
  // A post carrying the picture: the wall now knows its URL (and finds it on disk, without a fetch).
  await ui.submitPicturePost(BENCH_PICTURE_URL);
  const time = (url: string) =>
    ui.page.evaluate<[number[], number]>(`(async () => {
      const times = [];
      let bytes = 0;
      for (let i = 0; i < ${requests}; i++) {
        const t0 = performance.now();
        const response = await fetch(${JSON.stringify(url)}, { cache: 'no-store' });
        bytes = (await response.arrayBuffer()).byteLength;
        if (!response.ok) throw new Error(${JSON.stringify(url)} + ' answered ' + response.status);
        times.push(performance.now() - t0);
      }
      return [times, bytes];
    })()`);
  const [hits, bytes] = await time(`/pictures?url=${encodeURIComponent(BENCH_PICTURE_URL)}`);
  const [statics] = await time(`/bundled/${BUNDLED}`);
  hits.sort((a, b) => a - b);
  statics.sort((a, b) => a - b);
  const hitP95Ms = percentile(hits, 95);
  const staticP95Ms = percentile(statics, 95);
  return {
    requests,
    bytes,
    hitP50Ms: percentile(hits, 50),
    hitP95Ms,
    staticP50Ms: percentile(statics, 50),
    staticP95Ms,
    ratio: +(hitP95Ms / staticP95Ms).toFixed(2),
  };
}
