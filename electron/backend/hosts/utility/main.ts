// The backend as an Electron utility process. Plain Node: Electron adds `process.parentPort`,
// whose types are declared here so this folder never imports 'electron'. Main sends `start` with
// a MessagePort; every call and event then travels over that port (see
// electron/main/backend-supervisor.ts for the message shapes and the restart policy). The
// parentPort also carries the snapshot channel (shared/contract/snapshotChannel.ts): web captures'
// rendered snapshots are made by main in a hidden window, which this process asks for.
import { Backend } from '../../backend';
import { askMainProcess } from '../../capture/snapshotter';
import { isSnapshotMessage } from '../../../../shared/contract/snapshotChannel';
import { DAY_MS } from '../../services/backups';
import { ContractError } from '../../../../shared/contract/errors';

interface UtilityPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
}
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown; ports: UtilityPort[] }) => void): void;
  postMessage(message: unknown): void;
}
type StartMessage = { type: 'start'; libraryPath: string; nativeBinding?: string; userDataDir: string };

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('electron/backend/hosts/utility/main.ts runs only as an Electron utility process.');
  process.exit(2);
}

let backend: Backend | null = null;
const fromMain = new Set<(message: unknown) => void>();
const port = parentPort;
const snapshotter = askMainProcess({
  send: (message) => port.postMessage(message),
  onMessage: (listener) => fromMain.add(listener),
});

function serve(port: UtilityPort, start: StartMessage): void {
  try {
    backend = new Backend({
      libraryPath: start.libraryPath,
      userDataDir: start.userDataDir,
      // A rolling daily backup while the app runs (on open when the newest is a day old, and by a timer).
      backupEveryMs: DAY_MS,
      snapshotter,
      ...(start.nativeBinding ? { nativeBinding: start.nativeBinding } : {}),
    });
  } catch (error) {
    const code = error instanceof ContractError ? error.code : 'internal';
    port.postMessage({
      type: 'startFailed',
      error: { code, message: `Could not open ${start.libraryPath}: ${(error as Error).message}` },
    });
    port.start();
    return;
  }
  const opened = backend;
  opened.onEvent((event, payload) => port.postMessage({ type: 'event', event, payload }));
  port.on('message', ({ data }) => {
    const { id, method, input } = (data ?? {}) as { id?: unknown; method?: unknown; input?: unknown };
    if (typeof id !== 'number') return;
    void opened.dispatch(method, input).then((envelope) => {
      try {
        port.postMessage({ type: 'reply', id, envelope });
      } catch (error) {
        // A value the structured clone cannot carry is a bug, but the caller still gets an answer.
        port.postMessage({
          type: 'reply',
          id,
          envelope: {
            ok: false,
            error: { code: 'internal', message: `The answer could not be sent: ${(error as Error).message}` },
          },
        });
      }
    });
  });
  port.start();
  port.postMessage({ type: 'ready' });
}

parentPort.on('message', ({ data, ports }) => {
  if (isSnapshotMessage(data)) {
    for (const listener of fromMain) listener(data);
    return;
  }
  const message = data as { type?: string } | null;
  if (message?.type === 'start' && ports[0] && !backend) serve(ports[0], message as StartMessage);
  if (message?.type === 'stop') {
    // Drain jobs and close SQLite cleanly (WAL checkpoint, clean-shutdown marker), then leave.
    void (backend?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  }
});
