// The files in a drop, folders included. A dropped folder arrives in `dataTransfer.files` as an
// unreadable entry; Chromium (and so Electron) exposes its contents through the File and Directory
// Entries API instead. Files inside folders are kept only when Casefile can import them (a folder
// of photos and notes should not produce a failure per photo); files dropped one by one are all
// passed on, so an unsupported one is reported rather than silently ignored.
import { hasImportableExtension } from '../../../../shared/contract/importFormats';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call; an empty batch means the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function collect(entry: FileSystemEntry, insideFolder: boolean, out: File[]): Promise<void> {
  if (entry.isFile) {
    if (insideFolder && (entry.name.startsWith('.') || !hasImportableExtension(entry.name))) return;
    out.push(await fileOf(entry as FileSystemFileEntry));
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await collect(child, true, out);
  }
}

/** Must be called during the drop event: the browser empties the DataTransfer afterwards. */
export function takeDroppedFiles(transfer: DataTransfer | null): Promise<File[]> {
  if (!transfer) return Promise.resolve([]);
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const plainFiles = [...transfer.files];
  return (async () => {
    // Without the entries API (or for synthetic drops), the files list is all there is.
    if (!entries.length || entries.some((e) => !e.entry)) return plainFiles;
    const out: File[] = [];
    for (const { entry } of entries) await collect(entry!, false, out);
    return out;
  })();
}
