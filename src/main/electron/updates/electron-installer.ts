// The installer behind the kiosk's updates (src/main/updates/update-runner.ts): electron-updater's autoUpdater
// with the generic provider, pointed at the hub's feed with the store token. It only downloads and installs:
// when and what (the signature, the version, the trial, the fallback) is decided under Node, and the file it
// downloaded is checked against the signed manifest before install() is called. Not runnable here (no Electron
// runtime): docs/architecture.md, "Not verifiable here".
import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../../logger.ts';
import type { Installer } from '../../wall.ts';

export class ElectronInstaller implements Installer {
  constructor(
    private readonly updater: AppUpdater,
    logger: Logger,
  ) {
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    updater.logger = {
      info: (message?: unknown) => logger.info(`electron-updater: ${String(message)}`),
      warn: (message?: unknown) => logger.warn(`electron-updater: ${String(message)}`),
      error: (message?: unknown) => logger.error(`electron-updater: ${String(message)}`),
    };
  }

  async download(feedUrl: string, headers: Record<string, string>, allowDowngrade: boolean): Promise<string> {
    this.updater.setFeedURL({ provider: 'generic', url: feedUrl });
    this.updater.requestHeaders = headers;
    this.updater.allowDowngrade = allowDowngrade;
    const found = await this.updater.checkForUpdates();
    if (!found?.isUpdateAvailable) throw new Error(`electron-updater found nothing to install at ${feedUrl}.`);
    const [file] = await this.updater.downloadUpdate();
    if (file === undefined) throw new Error('electron-updater downloaded no file.');
    return file;
  }

  install(): void {
    // Silent, and the new version started once installed.
    this.updater.quitAndInstall(true, true);
  }
}
