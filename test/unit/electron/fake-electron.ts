// A stand-in for the `electron` module, enough for the kiosk's entry to run under Node (vitest mocks
// `electron` with it): windows, web contents, displays and the app are event emitters that record what
// the shell does to them. Not Electron's behaviour — its calls.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface FakeDisplay {
  id: number;
  label: string;
  bounds: FakeRect;
  scaleFactor: number;
}
type OpenHandler = (details: { url: string }) => { action: string };
type PermissionHandler = (
  contents: { getURL(): string },
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export const fake = {
  displays: [] as FakeDisplay[],
  windows: [] as FakeBrowserWindow[],
  sandboxEnabled: false,
  menu: undefined as unknown,
  powerSaveBlocker: undefined as string | undefined,
  permissionRequest: undefined as PermissionHandler | undefined,
  permissionCheck: undefined as (() => boolean) | undefined,
  exitCode: undefined as number | undefined,
  /** Chromium switches the shell appended (app.commandLine). */
  switches: new Map<string, string>(),
  hardwareAcceleration: true,
  /** safeStorage's Linux backend ('basic_text' when started with --password-store=basic). */
  keyringBackend: 'gnome_libsecret' as string,
};

/** A new start of the kiosk in the same test process: no window, no listener, nothing recorded. */
export function resetFake(): void {
  fake.windows = [];
  fake.exitCode = undefined;
  fake.switches = new Map();
  fake.keyringBackend = 'gnome_libsecret';
  fake.hardwareAcceleration = true;
  app.removeAllListeners();
  screen.removeAllListeners();
  powerMonitor.removeAllListeners();
  partitions.clear();
}

let nextPid = 4000;

class FakeWebContents extends EventEmitter {
  readonly loaded: string[] = [];
  readonly css: string[] = [];
  openHandler: OpenHandler | undefined;
  /** A page whose main thread is stuck answers no script (the heartbeat). */
  hung = false;
  heartbeats = 0;
  private loading = false;
  private readonly pid = nextPid++;
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.loading = true;
    this.emit('did-start-loading');
    setImmediate(() => {
      this.loading = false;
      this.emit('dom-ready');
    });
    return Promise.resolve();
  }
  isLoading(): boolean {
    return this.loading;
  }
  executeJavaScriptInIsolatedWorld(_world: number, _scripts: Array<{ code: string }>): Promise<unknown> {
    this.heartbeats += 1;
    return this.hung ? new Promise(() => undefined) : Promise.resolve('complete');
  }
  insertCSS(css: string): Promise<string> {
    this.css.push(css);
    return Promise.resolve('key');
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  getURL(): string {
    return this.loaded.at(-1) ?? '';
  }
  getOSProcessId(): number {
    return this.pid;
  }
  forcefullyCrashRenderer(): void {
    this.hung = false;
    setImmediate(() => this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }));
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  bounds: FakeRect;
  fullscreen: boolean;
  visible = false;
  minimized = false;
  destroyed = false;
  focused = false;
  constructor(
    readonly options: FakeRect & { fullscreen?: boolean; frame?: boolean; webPreferences?: Record<string, unknown> },
  ) {
    super();
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
    this.fullscreen = options.fullscreen ?? false;
    fake.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    setImmediate(() => this.emit('ready-to-show'));
  }
  getBounds(): FakeRect {
    return { ...this.bounds };
  }
  setBounds(bounds: FakeRect): void {
    this.bounds = { ...bounds };
  }
  isFullScreen(): boolean {
    return this.fullscreen;
  }
  setFullScreen(flag: boolean): void {
    this.fullscreen = flag;
  }
  showInactive(): void {
    this.visible = true;
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  /** What Win+D or a click on a taskbar does. */
  minimize(): void {
    this.minimized = true;
    this.emit('minimize');
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => void (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
  removeMenu(): void {}
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
}

const paths = new Map<string, string>();
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  commandLine: { appendSwitch: (name: string, value = '') => void fake.switches.set(name, value) },
  getPath: (name: string) => paths.get(name) ?? join(import.meta.dirname, 'no-such-user-data'),
  setPath: (name: string, path: string) => void paths.set(name, path),
  requestSingleInstanceLock: () => true,
  enableSandbox: () => void (fake.sandboxEnabled = true),
  disableHardwareAcceleration: () => void (fake.hardwareAcceleration = false),
  whenReady: () => Promise.resolve(),
  getAppPath: () => join(import.meta.dirname, '..', '..', '..'),
  quit: () => undefined,
  exit: (code: number) => void (fake.exitCode = code),
  relaunch: () => undefined,
  getAppMetrics: () => [] as unknown[],
  setLoginItemSettings: () => undefined,
});

export const screen = Object.assign(new EventEmitter(), { getAllDisplays: () => fake.displays });
export const powerMonitor = new EventEmitter();
export const powerSaveBlocker = { start: (type: string) => ((fake.powerSaveBlocker = type), 1) };
export const Menu = { setApplicationMenu: (menu: unknown) => void (fake.menu = menu) };
type HeadersListener = (
  details: { url: string; method: string; resourceType: string; requestHeaders: Record<string, string> },
  callback: (response: { requestHeaders?: Record<string, string> }) => void,
) => void;

/** A session of a partition (the settings window's): what the shell installs on it, and how often it is cleared. */
export class FakeSession {
  beforeSendHeaders: HeadersListener | undefined;
  filterUrls: string[] = [];
  cleared = 0;
  permissionRequest: PermissionHandler | undefined;
  readonly webRequest = {
    onBeforeSendHeaders: (filter: { urls: string[] }, listener: HeadersListener) => {
      this.filterUrls = filter.urls;
      this.beforeSendHeaders = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(): void {}
  setDevicePermissionHandler(): void {}
  clearStorageData(): Promise<void> {
    this.cleared += 1;
    return Promise.resolve();
  }
}
export const partitions = new Map<string, FakeSession>();

export const session = {
  fromPartition: (name: string) => {
    let found = partitions.get(name);
    if (!found) partitions.set(name, (found = new FakeSession()));
    return found;
  },
  defaultSession: {
    setPermissionRequestHandler: (handler: PermissionHandler) => void (fake.permissionRequest = handler),
    setPermissionCheckHandler: (handler: () => boolean) => void (fake.permissionCheck = handler),
    setDevicePermissionHandler: () => undefined,
  },
};
/** A keyring that only reverses the bytes' order (the store's logic, not cryptography, is under test here). */
export const safeStorage = {
  getSelectedStorageBackend: () =>
    fake.switches.get('password-store') === 'basic' ? 'basic_text' : fake.keyringBackend,
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  encryptStringAsync: (plain: string) => Promise.resolve(Buffer.from(plain, 'utf8').reverse()),
  decryptStringAsync: (sealed: Buffer) =>
    Promise.resolve({ result: Buffer.from(sealed).reverse().toString('utf8'), shouldReEncrypt: false }),
};
export const BrowserWindow = FakeBrowserWindow;
