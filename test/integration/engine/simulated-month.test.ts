// A month alone, at speed (issue 14): 30 simulated days of posts through the real pipeline into a real SQLite
// file, the retention purge run every three simulated hours, the kiosk's rotating log written all along and
// pictures cached every day — on a test clock. Once the retention window is full nothing grows: the database
// file and its WAL, the log files, the pictures on disk, the process's heap after a full GC. Part of
// `npm run fault` too, which writes its samples into docs/reliability.md.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceEvent } from '../../../src/connectors/connector.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { RetentionLoop } from '../../../src/main/engine/retention-loop.ts';
import { createLogger, memoryLogger } from '../../../src/main/logger.ts';
import { createRotatingFileWriter } from '../../../src/main/logging/rotating-file-writer.ts';
import { PictureDisk } from '../../../src/main/pictures/picture-disk.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import { syntheticCandidate } from '../../../bench/synthetic-posts.ts';
import { testClock } from '../../support/connector-harness.ts';
import { reportFigures } from '../../support/fault-figures.ts';

const HOUR = 3_600_000;
const RETENTION_DAYS = 7;
/** A step of the simulation: what arrived in three hours, then the retention's pass. */
const STEP_HOURS = 3;
const POSTS_PER_STEP = 36;
const PICTURES_PER_DAY = 60;
const PICTURE_DISK_BYTES = 256 * 1024;
/** The kiosk's log: 1 MB, 5 old files kept (electron/shell/shell-logger.ts). */
const LOG = { maxBytes: 1024 * 1024, keep: 5 };
/** An error page a network answered, as a connector logs it (about 1 kB a line). */
const ERROR_PAGE = `<html><head><title>502 Bad Gateway</title></head><body>${'upstream unavailable '.repeat(45)}</body></html>`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'month-'));
// The pictures on a tmpfs when there is one: each is fsynced twice, which a month of them would spend here.
const picturesDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'month-pictures-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(picturesDir, { recursive: true, force: true });
});

const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};
const folderBytes = (folder: string) => readdirSync(folder).reduce((n, f) => n + size(join(folder, f)), 0);

interface Sample {
  day: number;
  dbBytes: number;
  walBytes: number;
  livePosts: number;
  logBytes: number;
  logFiles: number;
  pictureBytes: number;
  heapMb: number;
}

describe('a simulated month', () => {
  it('once the retention window is full, nothing grows: database, WAL, logs, pictures, heap', async () => {
    const start = Date.parse('2026-11-01T00:00:00Z');
    const clock = testClock(start);
    const logFile = join(dir, 'logs', 'kiosk.log');
    const logWriter = createRotatingFileWriter({ file: logFile, ...LOG });
    const logger = createLogger({ level: 'info', write: (line) => logWriter.write(line) });
    const dbPath = join(dir, 'wall.db');
    const store = openSqliteStore({ path: dbPath, logger: memoryLogger('error') });
    // The screens' replay buffer, full within days here (its 10,000 events would take the month to fill).
    const feed = new ChangeFeed(1_000);
    const pipeline = new IngestPipeline({ writer: store.writer, feed, logger });
    const retention = new RetentionLoop({
      writer: store.writer,
      timers: clock,
      retentionDays: () => RETENTION_DAYS,
      onExpired: (keys) => void pipeline.remove(keys, 'expired'),
      onChange: () => {},
      logger,
    });
    const pictures = new PictureDisk(picturesDir, PICTURE_DISK_BYTES);
    const samples: Sample[] = [];
    let n = 0;
    try {
      for (let hour = 0; hour < 30 * 24; hour += STEP_HOURS) {
        const now = start + hour * HOUR;
        clock.advance(now - clock.now());
        const events: SourceEvent[] = Array.from({ length: POSTS_PER_STEP }, (_, i) => ({
          type: 'upsert',
          item: syntheticCandidate(n++, 'month', now - i * 5 * 60_000),
        }));
        await pipeline.submit(events, {
          sourceId: 'month',
          cachePolicy: { mode: 'persist' },
          fetchedAt: new Date(now).toISOString(),
        });
        await retention.runOnce();
        // Ten failures an hour with the network's error page, all month: far more than a wall says, to see the files turn.
        for (let line = 0; line < STEP_HOURS * 10; line++)
          logger.warn('source poll failed', { sourceId: 'x', kind: 'server', error: ERROR_PAGE });
        if (hour % 24 === 0)
          for (let p = 0; p < PICTURES_PER_DAY; p++)
            pictures.put(`${hour}-${p}`.padStart(64, '0'), new Uint8Array(4096).fill(p), 'image/png', now);
        if ((hour + STEP_HOURS) % (5 * 24) === 0) {
          gc();
          const logs = readdirSync(join(dir, 'logs'));
          samples.push({
            day: (hour + STEP_HOURS) / 24,
            dbBytes: size(dbPath),
            walBytes: size(`${dbPath}-wal`),
            livePosts: (await store.reader.newestForPanel({ networks: [], sources: [] }, 1_000_000)).length,
            logBytes: folderBytes(join(dir, 'logs')),
            logFiles: logs.length,
            pictureBytes: folderBytes(picturesDir),
            heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
          });
        }
      }
    } finally {
      retention.stop();
      await store.close();
    }
    console.table(samples);
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    reportFigures({
      simulated: `30 days, ${n.toLocaleString('en')} posts (${POSTS_PER_STEP} every ${STEP_HOURS} h), ${RETENTION_DAYS}-day retention, ${STEP_HOURS * 10 * 8 * 30} warnings of 1 kB, ${30 * PICTURES_PER_DAY} pictures of 4 kB into ${PICTURE_DISK_BYTES / 1024} kB`,
      ...Object.fromEntries(
        samples.map((s) => [
          `day ${s.day}`,
          `wall.db ${mb(s.dbBytes)}, WAL ${mb(s.walBytes)}, ${s.livePosts.toLocaleString('en')} live posts, logs ${mb(s.logBytes)} (${s.logFiles} files), pictures ${Math.round(s.pictureBytes / 1024)} kB, heap after GC ${s.heapMb} MB`,
        ]),
      ),
    });
    const full = samples.find((s) => s.day >= RETENTION_DAYS + 3)!;
    const last = samples.at(-1)!;
    // The retention keeps a week of posts (and the day under way).
    const perDay = (24 / STEP_HOURS) * POSTS_PER_STEP;
    expect(last.livePosts).toBeLessThanOrEqual((RETENTION_DAYS + 1) * perDay);
    expect(last.livePosts).toBeGreaterThanOrEqual(RETENTION_DAYS * perDay);
    // The file reuses the pages the purge frees: from day 10 to day 30 it stays where it was.
    expect(last.dbBytes).toBeLessThanOrEqual(full.dbBytes * 1.1);
    // The WAL is checkpointed: it never holds more than a few thousand pages.
    for (const s of samples) expect(s.walBytes).toBeLessThanOrEqual(16 * 2 ** 20);
    // Logs rotate: the current file and five old ones, 1 MB each at most.
    expect(last.logFiles).toBeLessThanOrEqual(LOG.keep + 1);
    expect(last.logBytes).toBeLessThanOrEqual(LOG.maxBytes * (LOG.keep + 1));
    expect(samples.some((s) => s.logFiles === LOG.keep + 1)).toBe(true);
    // Pictures: at most the disk budget, whatever a month brought (30 × 60 × 4 kB = 7 MB).
    for (const s of samples) expect(s.pictureBytes).toBeLessThanOrEqual(PICTURE_DISK_BYTES);
    // The heap after a full GC does not climb with the weeks.
    expect(last.heapMb).toBeLessThanOrEqual(full.heapMb + 8);
  }, 120_000);
});
