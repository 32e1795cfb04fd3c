// Wires the pure policy in security.ts into Electron. Called once: registerAppScheme() before the
// app is ready, the rest when it is. SECURITY.md maps each checklist item to these calls.
import fs from 'node:fs/promises';
import { app, dialog, protocol, shell, type BrowserWindow, type Session } from 'electron';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  externalUrlAllowed,
  isAllowedNavigation,
  isAllowedRequest,
  isInside,
  mayOfferExternally,
  permissionAllowed,
  resolveAppAsset,
} from './security';

/** Must run before `app.whenReady()`: privileges can only be granted then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders('404.txt') });
}

/** Serves the renderer build from `root`; nothing outside it, symlinks included. */
async function serveAppAsset(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = resolveAppAsset(root, request.url);
  if (!file) return notFound();
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!isInside(realRoot, realFile)) return notFound();
    return new Response(await fs.readFile(realFile), { headers: appResponseHeaders(realFile) });
  } catch {
    return notFound();
  }
}

export function hardenSession(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererRoot, request));
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

let confirming = false;

/** shell.openExternal only for http(s), and only after the analyst says yes (checklist 15). */
async function offerToOpenExternally(url: string, parent: BrowserWindow | null): Promise<void> {
  const allowed = externalUrlAllowed(url);
  if (!allowed || confirming) return;
  confirming = true;
  try {
    const options = {
      type: 'question' as const,
      buttons: ['Cancel', 'Open in Browser'],
      defaultId: 0,
      cancelId: 0,
      message: 'Open this link in your web browser?',
      detail: `${allowed}\n\nThe site will see a visit from your network address. Casefile itself never loads remote pages.`,
    };
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response === 1) await shell.openExternal(allowed);
  } finally {
    confirming = false;
  }
}

/** Navigation, new windows and <webview> are refused for every web contents the app ever creates. */
export function hardenAllWebContents(windowFor: (contents: Electron.WebContents) => BrowserWindow | null): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAllowedNavigation(url)) return;
      event.preventDefault();
      if (mayOfferExternally(contents.getURL())) void offerToOpenExternally(url, windowFor(contents));
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (mayOfferExternally(contents.getURL())) void offerToOpenExternally(url, windowFor(contents));
      return { action: 'deny' };
    });
  });
}
