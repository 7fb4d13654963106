// The panels need no camera, microphone, location, notifications or anything else a page may ask for.
import type { Session } from 'electron';

export function denyAllPermissions(session: Session, onDenied: (permission: string, origin: string) => void): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    onDenied(permission, contents.getURL());
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
