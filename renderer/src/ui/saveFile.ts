// The one place that decides how an export is saved, by the host's capabilities: with native
// dialogs (the desktop app) the bytes go to `files.save`, whose host asks where and writes them
// there; otherwise (the browser host) they are downloaded. Kept free of the api client so both
// branches are unit-tested with the host given (saveFile.test.ts); saveExport.tsx wires the real one.
import type { HostCapabilities } from '../../../shared/contract/facade';
import type { SaveKind } from '../../../shared/contract/saveFile';
import { bytesToBase64 } from './bytes';

export type SaveOutcome =
  { how: 'downloaded'; fileName: string } | { how: 'saved'; path: string; size: number } | { how: 'cancelled' };

export interface SaveHost {
  capabilities: Pick<HostCapabilities, 'nativeDialogs' | 'revealInFolder'>;
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

/** The file to offer "Show in folder" for: a file the host saved, on a host that can reveal it. */
export function revealablePath(outcome: SaveOutcome, capabilities: SaveHost['capabilities']): string | null {
  return outcome.how === 'saved' && capabilities.revealInFolder ? outcome.path : null;
}
