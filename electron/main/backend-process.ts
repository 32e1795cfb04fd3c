// Starts the backend as an Electron utility process and talks to it over a MessagePort. The
// restart and pending-call policy lives in backend-supervisor.ts; this file is only the plumbing.
import { MessageChannelMain, utilityProcess } from 'electron';
import type { BackendConnection, ConnectionHandlers, FromBackend } from './backend-supervisor';
import { SnapshotBroker, type RenderInWindow } from './snapshot-broker';

export interface BackendLaunch {
  /** out/main/backend.js, built from electron/backend/hosts/utility/main.ts. */
  entry: string;
  libraryPath: string;
  nativeBinding: string | undefined;
  userDataDir: string;
}

const STOP_GRACE_MS = 5000;

/**
 * A `connect` for BackendSupervisor; `launch` is read at every (re)start, so it sees the current
 * library. The child's parentPort also carries its requests for rendered snapshots, which
 * `renderSnapshot` makes (snapshot-window.ts); they stop when the child does.
 */
export function utilityBackend(
  launch: () => BackendLaunch,
  renderSnapshot: RenderInWindow,
): (handlers: ConnectionHandlers) => BackendConnection {
  return (handlers) => {
    const options = launch();
    const child = utilityProcess.fork(options.entry, [], { serviceName: 'Casefile backend', stdio: 'inherit' });
    const snapshots = new SnapshotBroker({ render: renderSnapshot, send: (message) => child.postMessage(message) });
    child.on('message', (message: unknown) => snapshots.receive(message));
    const { port1, port2 } = new MessageChannelMain();
    let stopping = false;
    let markExited!: () => void;
    const exited = new Promise<void>((resolve) => (markExited = resolve));

    port1.on('message', ({ data }) => {
      if (typeof data === 'object' && data !== null && 'type' in data) handlers.onMessage(data as FromBackend);
    });
    port1.start();
    // Calls sent before the child takes its end of the port wait in the channel.
    child.once('spawn', () => {
      child.postMessage(
        {
          type: 'start',
          libraryPath: options.libraryPath,
          nativeBinding: options.nativeBinding,
          userDataDir: options.userDataDir,
        },
        [port2],
      );
    });
    child.once('exit', (code) => {
      snapshots.close();
      port1.close();
      markExited();
      if (!stopping) handlers.onExit(`exit code ${code}`);
    });

    return {
      send: (message) => port1.postMessage(message),
      stop: async () => {
        if (stopping) return exited;
        stopping = true;
        // Let the backend finish its jobs and close the library cleanly; kill it if it will not.
        child.postMessage({ type: 'stop' });
        const timer = setTimeout(() => child.kill(), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      },
    };
  };
}
