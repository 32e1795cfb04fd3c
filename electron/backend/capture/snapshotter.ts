// Who renders a capture's snapshot depends on the host: in the desktop app the main process does, in a
// hidden sandboxed window (askMainProcess, over the utility process's parentPort); in the browser
// host, the CLI and the tests playwright-core drives a Chromium found on the machine (snapshot.ts).
// Either way the browser reaches the web only through the gatekeeper started here, along the
// analyst's route, and the page's own document is answered from the captured bytes.
import { ContractError } from '../../../shared/contract/errors';
import {
  SNAPSHOT_MAX_TIMEOUT_MS,
  isSnapshotMessage,
  parseSnapshotToBackend,
  type SnapshotToBackend,
  type SnapshotToMain,
} from '../../../shared/contract/snapshotChannel';
import { findChromium } from '../browser/findChromium';
import { startGatekeeper } from './gatekeeper';
import { pngSize } from './png';
import type { Rendered, SnapshotRequest } from './snapshot';

export interface Snapshotter {
  /** Whether snapshots can be made here, and with what (shown in the capture dialog). */
  engine(): { available: boolean; engine: string };
  render(request: SnapshotRequest): Promise<Rendered>;
}

/** Chromium through playwright-core, when one is found (the browser host, the CLI, tests). */
export const playwrightSnapshotter: Snapshotter = {
  engine() {
    const engine = findChromium();
    return { available: engine !== null, engine: engine ?? '' };
  },
  async render(request) {
    const engine = findChromium();
    if (!engine) throw new Error('no browser engine was found (install Chromium or set CASEFILE_CHROMIUM)');
    // playwright-core is large: load it only when a snapshot is made.
    const { renderSnapshot } = await import('./snapshot');
    return renderSnapshot(request, engine);
  },
};

/** The utility process's end of the channel to the main process (Electron's parentPort). */
export interface MainChannel {
  send(message: SnapshotToMain): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** How long past the render's own timeout the backend waits for the main process to answer. */
const ANSWER_GRACE_MS = 15_000;

/**
 * The desktop app's snapshotter: the main process renders in a hidden window whose session uses
 * this process's gatekeeper as its proxy. Each request the page makes is announced by main
 * (`snapshot.admit`) and admitted here before main lets it go, so anything else is refused.
 */
export function askMainProcess(channel: MainChannel): Snapshotter {
  let nextId = 1;
  const inFlight = new Map<number, (message: SnapshotToBackend | null) => void>();
  channel.onMessage((raw) => {
    if (!isSnapshotMessage(raw)) return;
    const message = parseSnapshotToBackend(raw);
    const id = message?.id ?? (raw as { id?: unknown }).id;
    // A malformed answer to a render in progress ends it with an error instead of a long wait.
    if (typeof id === 'number') inFlight.get(id)?.(message);
  });

  return {
    engine: () => ({ available: true, engine: 'Casefile (a hidden, sandboxed window)' }),
    async render(request) {
      if (request.signal.aborted) throw new ContractError('cancelled', 'Cancelled.');
      const id = nextId++;
      const gatekeeper = await startGatekeeper(request.route);
      try {
        return await new Promise<Rendered>((resolve, reject) => {
          const settle = (outcome: () => void) => {
            inFlight.delete(id);
            request.signal.removeEventListener('abort', cancel);
            clearTimeout(silence);
            outcome();
          };
          const cancel = () => {
            channel.send({ type: 'snapshot.cancel', id });
            settle(() => reject(new ContractError('cancelled', 'Cancelled.')));
          };
          const silence = setTimeout(
            () => {
              channel.send({ type: 'snapshot.cancel', id });
              settle(() => reject(new Error('the app did not answer the snapshot request in time')));
            },
            Math.min(request.timeoutMs, SNAPSHOT_MAX_TIMEOUT_MS) + ANSWER_GRACE_MS,
          );
          request.signal.addEventListener('abort', cancel);
          inFlight.set(id, (message) => {
            if (!message) return settle(() => reject(new Error('the app answered the snapshot request malformed')));
            if (message.type === 'snapshot.admit') {
              gatekeeper.admit(message.host, message.port);
              channel.send({ type: 'snapshot.admitted', id, requestId: message.requestId });
              return;
            }
            if (!message.ok) return settle(() => reject(new Error(message.message)));
            const png = Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength);
            const pdf = Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength);
            let size: { width: number; height: number };
            try {
              // The PNG's own header is the truth about its size, as on the playwright path.
              size = pngSize(png);
            } catch {
              return settle(() => reject(new Error('the app answered with a screenshot that is not a PNG')));
            }
            settle(() => resolve({ png, pdf, ...size, refused: [...gatekeeper.refused] }));
          });
          channel.send({
            type: 'snapshot.render',
            id,
            url: request.url,
            status: request.status,
            contentType: request.contentType,
            body: request.body,
            proxyPort: gatekeeper.port,
            userAgent: request.userAgent,
            ignoreTlsErrors: request.ignoreTlsErrors,
            timeoutMs: Math.min(request.timeoutMs, SNAPSHOT_MAX_TIMEOUT_MS),
          });
        });
      } finally {
        await gatekeeper.close();
      }
    },
  };
}
