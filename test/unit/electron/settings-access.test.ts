import { describe, expect, it } from 'vitest';
import {
  adminTokenOf,
  closesSettings,
  settingsBounds,
  settingsRequestHeaders,
  settingsStartUrl,
  vouchesForRequest,
} from '../../../src/main/electron/settings/settings-access.ts';

const origin = 'http://127.0.0.1:4321';
const target = { origin, settingsUrl: `${origin}/settings?admin=ADMIN-TOKEN` };
const key = (key: string, mods: Partial<Record<'control' | 'alt' | 'shift' | 'meta', boolean>> = {}) => ({
  type: 'keyDown',
  key,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('what the settings window opens', () => {
  it('first start (no PIN yet): the admin URL, so IT can choose the PIN', () => {
    expect(settingsStartUrl(false, target)).toBe(target.settingsUrl);
  });

  it('a PIN exists: the bare page, without the admin credential (the page asks for the PIN)', () => {
    const url = settingsStartUrl(true, target);
    expect(url).toBe(`${origin}/settings`);
    expect(url).not.toContain('ADMIN-TOKEN');
  });

  it('reads the admin token out of the admin URL', () => {
    expect(adminTokenOf(target.settingsUrl)).toBe('ADMIN-TOKEN');
    expect(adminTokenOf(`${origin}/settings`)).toBeUndefined();
  });
});

describe('what the settings window’s requests carry before the PIN', () => {
  const get = (path: string, resourceType: string) => ({ url: origin + path, method: 'GET', resourceType });

  it('the shell vouches for the page document and the static files only', () => {
    expect(vouchesForRequest(get('/settings', 'mainFrame'), origin)).toBe(true);
    expect(vouchesForRequest(get('/assets/index-abc.js', 'script'), origin)).toBe(true);
    expect(vouchesForRequest(get('/assets/index-abc.css', 'stylesheet'), origin)).toBe(true);
    expect(vouchesForRequest(get('/bundled/logo.svg', 'image'), origin)).toBe(true);
  });

  it.each([
    ['the settings API', get('/api/settings', 'xhr')],
    ['the live health', get('/api/health', 'xhr')],
    ['the events stream', get('/api/events', 'other')],
    ['a fetch() of the page itself', get('/settings', 'xhr')],
    ['a frame of the page', get('/settings', 'subFrame')],
    ['a panel', get('/panel/1', 'mainFrame')],
    ['the unlock call', { url: `${origin}/api/settings/unlock`, method: 'POST', resourceType: 'xhr' }],
    ['a POST to a static path', { url: `${origin}/assets/x.js`, method: 'POST', resourceType: 'xhr' }],
    ['another origin', { url: 'http://127.0.0.1:9999/settings', method: 'GET', resourceType: 'mainFrame' }],
    ['an admin URL', get('/settings?admin=x', 'mainFrame')],
    ['a path escaping the static folder', get('/assets/../api/settings', 'script')],
  ])('never %s', (_what, request) => {
    expect(vouchesForRequest(request, origin)).toBe(false);
  });

  it('adds the Bearer header where it vouches, and only there; keeps the request’s own headers', () => {
    const page = settingsRequestHeaders(
      { ...get('/settings', 'mainFrame'), requestHeaders: { Accept: 'text/html' } },
      origin,
      'ADMIN-TOKEN',
    );
    expect(page).toEqual({ Accept: 'text/html', Authorization: 'Bearer ADMIN-TOKEN' });
    const api = settingsRequestHeaders(
      { ...get('/api/settings', 'xhr'), requestHeaders: { Accept: 'application/json' } },
      origin,
      'ADMIN-TOKEN',
    );
    expect(api).toEqual({ Accept: 'application/json' });
  });
});

describe('the settings window’s place and keys', () => {
  it('a normal size, centred on the panel’s screen', () => {
    expect(settingsBounds({ x: 1920, y: 0, width: 1920, height: 1080 })).toEqual({
      x: 1920 + 360,
      y: 110,
      width: 1200,
      height: 860,
    });
  });

  it('fits a small screen, with a margin', () => {
    expect(settingsBounds({ x: 0, y: 0, width: 1024, height: 768 })).toEqual({ x: 40, y: 40, width: 944, height: 688 });
  });

  it('without a known panel, still a normal window', () => {
    expect(settingsBounds(undefined)).toMatchObject({ width: 1200, height: 820 });
  });

  it('Escape closes it; other keys and Escape with modifiers are the page’s', () => {
    expect(closesSettings(key('Escape'))).toBe(true);
    expect(closesSettings({ ...key('Escape'), type: 'keyUp' })).toBe(false);
    expect(closesSettings(key('Escape', { shift: true }))).toBe(false);
    expect(closesSettings(key('Enter'))).toBe(false);
  });
});
