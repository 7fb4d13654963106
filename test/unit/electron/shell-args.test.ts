import { describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../../src/main/electron/shell/shell-args.ts';
import { parseSimulatedDisplays } from '../../../src/main/electron/screens/simulated-displays.ts';

describe('kiosk command line', () => {
  it('reads its own options among Chromium’s switches and the app path', () => {
    expect(
      parseShellArgs([
        '/repo',
        '--inspect=0',
        '--remote-debugging-port=0',
        '--data-dir',
        '/tmp/d',
        '--ozone-platform=x11',
        '--simulate-displays',
        '800x600,800x600',
        '--log-level',
        'debug',
      ]),
    ).toEqual({
      dataDir: '/tmp/d',
      simulateDisplays: '800x600,800x600',
      logLevel: 'debug',
    });
    expect(parseShellArgs(['--log-level', 'loud'])).toEqual({ logLevel: 'info' });
  });
});

describe('simulated displays', () => {
  it('stands the displays side by side, left to right', () => {
    expect(parseSimulatedDisplays('1920x1080, 3840x2160')).toEqual([
      { id: 1, label: 'Simulated 1', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 },
      { id: 2, label: 'Simulated 2', bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, scaleFactor: 1 },
    ]);
  });
  it('names what it cannot read', () => {
    expect(parseSimulatedDisplays('1920x1080,big')).toBe(
      '--simulate-displays: "big" is not a size like 1920x1080 (displays are separated by commas)',
    );
  });
});

describe('a store PC’s kiosk', () => {
  it('follows a hub, paired once with a code', () => {
    expect(parseShellArgs(['.', '--follow', 'https://hub.example.com', '--pair', 'ABCD-EFGH'])).toEqual({
      follow: 'https://hub.example.com',
      pair: 'ABCD-EFGH',
      logLevel: 'info',
    });
  });
});
