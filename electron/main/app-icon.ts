// The window's icon (Linux and Windows; macOS takes the app bundle's .icns). Rendered from
// resources/icon.svg by scripts/make-icons.mjs; electron-builder copies the 512 px PNG into the
// packaged app's resources (electron-builder.yml, extraResources). Pure, so it is tested without Electron.
import path from 'node:path';

export function windowIconPath(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string | undefined {
  if (options.platform === 'darwin') return undefined;
  if (options.isPackaged) return path.join(options.resourcesPath, 'icon.png');
  return path.join(options.appPath, 'resources', 'icons', '512x512.png');
}
