// `npm start` where Electron cannot show the wall: one sentence saying what is missing, the URLs right
// after it, the log lines after the URLs. First with a stand-in for the headless wall that logs before it
// prints its URLs (as the real one does), then the real launcher on this machine, which has no display.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadless } from '../../../src/main/electron/launch/run-headless.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the headless fallback’s output', () => {
  it('puts the URLs before the log lines the wall wrote while starting', async () => {
    const standIn = join(mkdtempSync(join(tmpdir(), 'headless-')), 'wall.mjs');
    writeFileSync(
      standIn,
      [
        'console.error(JSON.stringify({ level: "info", msg: "wall started" }));',
        'console.error(JSON.stringify({ level: "warn", msg: "a source is failing" }));',
        'setTimeout(() => {',
        '  console.log("panel 1 (Facebook · Instagram): http://127.0.0.1:4000/panel/1?token=t");',
        '  console.log("settings: http://127.0.0.1:4000/settings?admin=a");',
        '  setTimeout(() => console.error(JSON.stringify({ level: "info", msg: "later" })), 50);',
        '}, 100);',
      ].join('\n'),
    );
    const lines: string[] = [];
    const code = await runHeadless([process.execPath, standIn], [], {
      out: (line) => lines.push(`out ${line}`),
      err: (line) => lines.push(`err ${line}`),
    });
    expect(code).toBe(0);
    expect(lines.map((l) => l.replace(/\{.*"msg":"([^"]+)".*\}/, '$1'))).toEqual([
      'out panel 1 (Facebook · Instagram): http://127.0.0.1:4000/panel/1?token=t',
      'out settings: http://127.0.0.1:4000/settings?admin=a',
      'err wall started',
      'err a source is failing',
      'err later',
    ]);
  });

  it('shows the logs of a wall that ended before its URLs (a refused configuration, say)', async () => {
    const lines: string[] = [];
    const code = await runHeadless(
      [process.execPath, '-e', 'console.error("The configuration was refused"); process.exit(1)'],
      [],
      {
        out: (line) => lines.push(line),
        err: (line) => lines.push(line),
      },
    );
    expect([code, lines]).toEqual([1, ['The configuration was refused']]);
  });
});

describe('npm start on this machine (no display server)', () => {
  it('says a display is missing, then prints the URLs, then the logs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
    const outputFile = join(dir, 'output.txt');
    const fd = openSync(outputFile, 'w');
    const env = { ...process.env };
    delete env['DISPLAY'];
    delete env['WAYLAND_DISPLAY'];
    const launcher = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'main', 'electron', 'launch', 'start.ts'), '--data-dir', join(dir, 'data')],
      { cwd: ROOT, env, stdio: ['ignore', fd, fd] }, // one file for both: the order a terminal shows
    );
    closeSync(fd);
    const read = () => readFileSync(outputFile, 'utf8');
    const deadline = Date.now() + 60_000;
    while (!/^settings: /m.test(read()) && launcher.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300)); // the held logs follow the last URL
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    launcher.kill('SIGTERM');
    await exited;
    const lines = read().split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^There is no display here for the kiosk's windows .* open these URLs:$/);
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^panel 1 \(.*\): http:\/\/127\.0\.0\.1:\d+\/panel\/1\?token=/),
      expect.stringMatching(/^panel 2 \(.*\): http/),
      expect.stringMatching(/^panel 3 \(.*\): http/),
    ]);
    expect(lines[4]).toMatch(/^settings: http/);
    expect(lines.slice(5).length).toBeGreaterThan(0);
    for (const line of lines.slice(5)) expect(() => JSON.parse(line) as unknown).not.toThrow();
  }, 90_000);
});
