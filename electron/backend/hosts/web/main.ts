// `npm run start:web`: serve a library to the browser on 127.0.0.1 and print the URL to open.
//   tsx electron/backend/hosts/web/main.ts [--library PATH] [--port N] [--host 127.0.0.1]
// The library may also come from CASEFILE_LIBRARY; otherwise the per-user default is used.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DAY_MS } from '../../services/backups';
import { startWebHost } from './server';
import { defaultLibraryPath, defaultUserDataDir } from './userData';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function fail(message: string): never {
  process.stderr.write(`casefile web: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        library: { type: 'string' },
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        static: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\nUsage: main.ts [--library PATH] [--port N] [--host 127.0.0.1]`);
  }
  // Listening anywhere but loopback would expose the library to the network.
  if (values.host !== '127.0.0.1')
    fail(`--host must be 127.0.0.1 (got ${values.host}); the browser host never listens on the network.`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a number from 0 to 65535 (got ${values.port}).`);

  const userDataDir = defaultUserDataDir();
  const libraryPath = path.resolve(values.library ?? process.env.CASEFILE_LIBRARY ?? defaultLibraryPath(userDataDir));
  const staticDir = path.resolve(values.static ?? path.join(REPO_ROOT, 'out/renderer'));

  let host;
  try {
    host = await startWebHost({ libraryPath, port, userDataDir, staticDir, backupEveryMs: DAY_MS });
  } catch (error) {
    fail((error as Error).message);
  }
  process.stdout.write(`Casefile is running at ${host.url}\n`);
  process.stderr.write(`Library: ${libraryPath}\nPress Ctrl+C to stop.\n`);

  const shutdown = () => {
    host.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`could not close the library cleanly: ${(error as Error).message}`),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
