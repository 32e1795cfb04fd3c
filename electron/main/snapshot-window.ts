// The desktop app's rendered snapshot (issue 16 item 3): the captured page in a hidden, sandboxed
// window with a throwaway in-memory session, a full-page PNG and a PDF print, then the window and
// the session's data gone, whatever happened. Every decision comes from snapshot-policy.ts and
// security.ts (tested under Node); this file only applies them to Electron's objects.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session as sessions, type Session, type WebContents } from 'electron';
import { fullPageSize } from '../../shared/contract/snapshotChannel';
import type { RenderedPage, SnapshotJob } from './snapshot-broker';
import {
  SCROLL_SIZE_SCRIPT,
  SNAPSHOT_PDF_OPTIONS,
  SNAPSHOT_WORLD_ID,
  VIEWPORT_SIZE_SCRIPT,
  certificateVerdict,
  documentAnswerer,
  documentResponseInit,
  snapshotPartition,
  snapshotProxyConfig,
  snapshotRequestVerdict,
  snapshotWindowOptions,
} from './snapshot-policy';

const SCHEMES = ['http', 'https'] as const;

/** Rejects when the job is aborted, so every await below can be raced against it. */
function abortable<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error as Error)),
    );
  });
}

/** The throwaway session: the gatekeeper as proxy, nothing granted, the document from the captured bytes. */
async function prepareSession(ses: Session, job: SnapshotJob): Promise<void> {
  const { request, admit } = job;
  await ses.setProxy(snapshotProxyConfig(request.proxyPort));
  ses.setUserAgent(request.userAgent);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setCertificateVerifyProc((_request, callback) => callback(certificateVerdict(request.ignoreTlsErrors)));
  ses.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });
  // Every request the page makes, redirects and the forwarded ones below included: the backend's
  // gatekeeper admits its host first, so the browser's own traffic, never seen here, is refused there.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const verdict = snapshotRequestVerdict(details.url);
    if (verdict.action === 'allow') return callback({});
    if (verdict.action === 'cancel') return callback({ cancel: true });
    admit(verdict.host, verdict.port).then(
      () => callback({}),
      () => callback({ cancel: true }),
    );
  });
  const answersFromCapture = documentAnswerer(request.url);
  const answer = documentResponseInit(request.status, request.contentType);
  for (const scheme of SCHEMES) {
    ses.protocol.handle(scheme, (incoming) => {
      if (answersFromCapture({ url: incoming.url, method: incoming.method }))
        return new Response(answer.hasBody ? Buffer.from(request.body) : null, {
          status: answer.status,
          headers: answer.headers,
        });
      return ses.fetch(incoming, { bypassCustomProtocolHandlers: true });
    });
  }
}

/** Nothing of the page may leave the hidden window: no navigation away, no pop-up, no <webview>. */
function confine(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Resizes the window to the full page (bounded) and waits until the page has laid out at that size. */
async function fitToPage(window: BrowserWindow, signal: AbortSignal): Promise<void> {
  const contents = window.webContents;
  const inPage = (code: string) =>
    abortable(signal, contents.executeJavaScriptInIsolatedWorld(SNAPSHOT_WORLD_ID, [{ code }]) as Promise<unknown>);
  const size = fullPageSize(await inPage(SCROLL_SIZE_SCRIPT));
  window.setContentSize(size.width, size.height);
  for (let attempt = 0; attempt < 40; attempt++) {
    const [width, height] = (await inPage(VIEWPORT_SIZE_SCRIPT)) as [number, number];
    if (width === size.width && height === size.height) break;
    await abortable(signal, new Promise((resolve) => setTimeout(resolve, 50)));
  }
}

async function renderIn(window: BrowserWindow, job: SnapshotJob): Promise<RenderedPage> {
  const { request, signal } = job;
  const contents = window.webContents;
  await abortable(signal, contents.loadURL(request.url, { userAgent: request.userAgent }));
  await fitToPage(window, signal);
  // stayHidden false: while capturing, Chromium treats the hidden page as visible and paints a frame
  // (the window itself never appears on screen).
  let image = await abortable(signal, contents.capturePage(undefined, { stayHidden: false, stayAwake: false }));
  if (image.isEmpty()) throw new Error('the hidden window painted nothing');
  // On a high-density display the capture has more pixels than CSS pixels; store it at the page's
  // own scale, as the playwright path does (device scale factor 1).
  const [cssWidth] = window.getContentSize();
  const captured = image.getSize();
  if (cssWidth && captured.width !== cssWidth) {
    const scale = captured.width / cssWidth;
    image = image.resize({
      width: cssWidth,
      height: Math.max(1, Math.round(captured.height / scale)),
      quality: 'best',
    });
  }
  const png = image.toPNG();
  const pdf = await abortable(signal, contents.printToPDF({ ...SNAPSHOT_PDF_OPTIONS }));
  const painted = image.getSize();
  return { png, pdf, width: painted.width, height: painted.height };
}

/** Empties and unhooks the session; Electron keeps no way to delete an in-memory partition itself. */
async function discardSession(ses: Session): Promise<void> {
  for (const scheme of SCHEMES) if (ses.protocol.isProtocolHandled(scheme)) ses.protocol.unhandle(scheme);
  ses.webRequest.onBeforeRequest(null);
  ses.setCertificateVerifyProc(null);
  ses.removeAllListeners('will-download');
  await ses.closeAllConnections().catch(() => undefined);
  await ses.clearData().catch(() => undefined);
}

/** A RenderInWindow for SnapshotBroker: one hidden window and one fresh session per snapshot. */
export async function renderInHiddenWindow(job: SnapshotJob): Promise<RenderedPage> {
  const partition = snapshotPartition(randomUUID());
  const ses = sessions.fromPartition(partition, { cache: false });
  let window: BrowserWindow | null = null;
  const destroy = () => {
    if (window && !window.isDestroyed()) window.destroy();
  };
  // An abort (cancel, timeout, backend gone) closes the window at once, which also stops its load.
  job.signal.addEventListener('abort', destroy, { once: true });
  try {
    // Not raced against the abort: the session is fully set up before anything may tear it down.
    await prepareSession(ses, job);
    if (job.signal.aborted) throw job.signal.reason as Error;
    window = new BrowserWindow(snapshotWindowOptions(partition));
    confine(window.webContents);
    return await renderIn(window, job);
  } finally {
    job.signal.removeEventListener('abort', destroy);
    destroy();
    await discardSession(ses);
  }
}
