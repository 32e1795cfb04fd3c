// The one place that decides how an export is saved, by the host's capabilities: with native
// dialogs (the desktop app) the bytes go to `files.save`, whose host asks where and writes them
// there, and an export job is told where to write before it runs; otherwise (the browser host)
// they are downloaded. Kept free of the api client so both
// branches are unit-tested with the host given (saveFile.test.ts); saveExport.tsx wires the real one.
import type { HostCapabilities } from '../../../shared/contract/facade';
import type { SaveKind } from '../../../shared/contract/saveFile';
import { base64ToBytes, bytesToBase64 } from './bytes';

export type SaveOutcome =
  { how: 'downloaded'; fileName: string } | { how: 'saved'; path: string; size: number } | { how: 'cancelled' };

export interface SaveHost {
  capabilities: Pick<HostCapabilities, 'nativeDialogs' | 'revealInFolder'>;
  /** `files.chooseSaveTarget`: where a job's export goes, or null when the analyst cancelled. */
  chooseTarget(input: { kind: SaveKind; fileName: string }): Promise<{ target: string; path: string } | null>;
  /** `files.save`: resolves with where the file was written, or null when the analyst cancelled. */
  saveNatively(input: {
    kind: SaveKind;
    fileName: string;
    bytesBase64: string;
  }): Promise<{ path: string; size: number } | null>;
  download(bytes: Uint8Array<ArrayBuffer>, fileName: string): void;
}

export type SaveContent = Uint8Array<ArrayBuffer> | string;

function asBytes(content: SaveContent): Uint8Array<ArrayBuffer> {
  return typeof content === 'string' ? (new TextEncoder().encode(content) as Uint8Array<ArrayBuffer>) : content;
}

/** Saves text (as UTF-8) or bytes as `fileName`, where the host can ask, else as a download. */
export async function saveFile(
  host: SaveHost,
  content: SaveContent,
  fileName: string,
  kind: SaveKind,
): Promise<SaveOutcome> {
  const bytes = asBytes(content);
  if (!host.capabilities.nativeDialogs) {
    host.download(bytes, fileName);
    return { how: 'downloaded', fileName };
  }
  const saved = await host.saveNatively({ kind, fileName, bytesBase64: bytesToBase64(bytes) });
  return saved ? { how: 'saved', ...saved } : { how: 'cancelled' };
}

/** What an export job returns: the file it wrote, or (given no target) its bytes. */
export interface JobExport {
  path: string | null;
  bytesBase64: string | null;
  size: number;
}

/**
 * An export the backend makes as a job (case files, PDF reports): with native dialogs the analyst
 * chooses where first and the job writes there, so its bytes never cross the window; otherwise the
 * job returns the bytes and they are downloaded. `run` starts the job with the target, if any, and
 * resolves with null when the job was cancelled.
 */
export async function saveJobExport(
  host: SaveHost,
  fileName: string,
  kind: SaveKind,
  run: (saveTarget: string | undefined) => Promise<JobExport | null>,
): Promise<SaveOutcome> {
  if (!host.capabilities.nativeDialogs) {
    const result = await run(undefined);
    if (!result?.bytesBase64) return { how: 'cancelled' };
    host.download(base64ToBytes(result.bytesBase64), fileName);
    return { how: 'downloaded', fileName };
  }
  const chosen = await host.chooseTarget({ kind, fileName });
  if (!chosen) return { how: 'cancelled' };
  const result = await run(chosen.target);
  if (!result) return { how: 'cancelled' };
  return { how: 'saved', path: result.path ?? chosen.path, size: result.size };
}

/** The file to offer "Show in folder" for: a file the host saved, on a host that can reveal it. */
export function revealablePath(outcome: SaveOutcome, capabilities: SaveHost['capabilities']): string | null {
  return outcome.how === 'saved' && capabilities.revealInFolder ? outcome.path : null;
}
