// The host side of `files.save`, `files.chooseSaveTarget` and `files.reveal`
// (shared/contract/saveFile.ts), kept free of Electron so Node tests check every decision: the main
// process answers these methods itself (the native save dialog, the file manager) and relays
// everything else to the backend. The path the backend writes to always comes from the dialog,
// never from the renderer: a `path` the window gives a method that writes is refused, and a save
// target is swapped for its chosen path once. Only files saved this way in this session can be revealed.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Envelope } from '../../shared/contract/errors';
import { safeFileName } from '../../shared/domain/fileNames';
import {
  ChooseSaveTargetInput,
  RevealFileInput,
  SAVE_KINDS,
  SaveFileInput,
  WRITES_TO_CHOSEN_PATH,
  type SaveKind,
} from '../../shared/contract/saveFile';

export interface SaveDialogRequest {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** The suggested name without any folder part or character a file system would refuse. */
export function defaultFileName(fileName: string, kind: SaveKind): string {
  const extension = SAVE_KINDS[kind].extensions[0];
  return safeFileName(fileName, extension ? `export.${extension}` : 'export');
}

/** The save dialog for one kind of export: the suggested name in `directory`, the kind's filter first. */
export function saveDialogOptions(kind: SaveKind, fileName: string, directory: string): SaveDialogRequest {
  const name = defaultFileName(fileName, kind);
  const { label, extensions } = SAVE_KINDS[kind];
  // An original keeps its own type: its extension is the filter.
  const own = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
  const kindExtensions: string[] = extensions.length > 0 ? [...extensions] : own ? [own.toLowerCase()] : [];
  const filters = kindExtensions.length > 0 ? [{ name: label, extensions: kindExtensions }] : [];
  return {
    title: `Save ${label}`,
    buttonLabel: 'Save',
    defaultPath: path.join(directory, name),
    filters: [...filters, { name: 'All files', extensions: ['*'] }],
  };
}

/** The dialog's answer as a path the backend may write to, or null (cancelled, or not a full path). */
export function chosenSavePath(chosen: string | undefined | null): string | null {
  if (!chosen || chosen.includes('\0') || !path.isAbsolute(chosen)) return null;
  return path.normalize(chosen);
}

export interface SaveHost {
  /** Shows the native save dialog; resolves with the chosen path, or null when cancelled. */
  showSaveDialog(request: SaveDialogRequest): Promise<string | null>;
  showItemInFolder(file: string): void;
  /** Relays a contract call to the backend. */
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Where the first save dialog opens (the user's documents folder). */
  defaultDirectory(): string;
}

const invalid = (message: string): Envelope<never> => ({ ok: false, error: { code: 'invalid_input', message } });
const unauthorized: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'The window cannot choose where files are written; the dialog does.' },
};
const writesToChosenPath = new Set<string>(WRITES_TO_CHOSEN_PATH);

/** The invoke handler: `files.save` and `files.reveal` answered here, every other method relayed. */
export function hostMethods(host: SaveHost): (method: string, input: unknown) => Promise<Envelope<unknown>> {
  const saved = new Set<string>();
  /** Save targets handed out and not yet used, with the path each stands for. */
  const targets = new Map<string, string>();
  let lastDirectory: string | null = null;

  /** The save dialog: the chosen file, null when cancelled, or the refusal of what it answered. */
  async function ask(kind: SaveKind, fileName: string): Promise<{ file: string } | null | Envelope<never>> {
    const answer = await host.showSaveDialog(
      saveDialogOptions(kind, fileName, lastDirectory ?? host.defaultDirectory()),
    );
    if (answer === null) return null;
    const file = chosenSavePath(answer);
    if (!file) return invalid(`Cannot save to “${answer}”: choose a file in a folder.`);
    lastDirectory = path.dirname(file);
    return { file };
  }

  async function save(input: unknown): Promise<Envelope<unknown>> {
    const parsed = SaveFileInput.safeParse(input);
    if (!parsed.success) return invalid(`files.save: ${parsed.error.issues[0]?.message ?? 'invalid input'}`);
    if (parsed.data.path !== undefined) return unauthorized;
    const chosen = await ask(parsed.data.kind, parsed.data.fileName);
    if (chosen === null) return { ok: true, value: null };
    if ('ok' in chosen) return chosen;
    const result = await host.call('files.save', { ...parsed.data, path: chosen.file });
    if (result.ok) saved.add(chosen.file);
    return result;
  }

  async function chooseTarget(input: unknown): Promise<Envelope<unknown>> {
    const parsed = ChooseSaveTargetInput.safeParse(input);
    if (!parsed.success)
      return invalid(`files.chooseSaveTarget: ${parsed.error.issues[0]?.message ?? 'invalid input'}`);
    const chosen = await ask(parsed.data.kind, parsed.data.fileName);
    if (chosen === null) return { ok: true, value: null };
    if ('ok' in chosen) return chosen;
    const target = randomUUID();
    targets.set(target, chosen.file);
    return { ok: true, value: { target, path: chosen.file } };
  }

  /** A method that writes a file: never where the window says; where the dialog said, once. */
  async function writeToChosenPath(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof input !== 'object' || input === null) return host.call(method, input);
    const { saveTarget, ...rest } = input as { saveTarget?: unknown; path?: unknown };
    if (rest.path !== undefined) return unauthorized;
    if (saveTarget === undefined) return host.call(method, input);
    const file = typeof saveTarget === 'string' ? targets.get(saveTarget) : undefined;
    if (file === undefined) return invalid('That save target was used already or never chosen: export again.');
    targets.delete(saveTarget as string);
    const result = await host.call(method, { ...rest, path: file });
    if (result.ok) saved.add(file);
    return result;
  }

  function reveal(input: unknown): Envelope<unknown> {
    const parsed = RevealFileInput.safeParse(input);
    if (!parsed.success) return invalid(`files.reveal: ${parsed.error.issues[0]?.message ?? 'invalid input'}`);
    if (!saved.has(parsed.data.path)) return invalid('Casefile shows only files it saved in this session.');
    host.showItemInFolder(parsed.data.path);
    return { ok: true, value: { ok: true } };
  }

  return async (method, input) => {
    if (method === 'files.save') return save(input);
    if (method === 'files.chooseSaveTarget') return chooseTarget(input);
    if (method === 'files.reveal') return reveal(input);
    if (writesToChosenPath.has(method)) return writeToChosenPath(method, input);
    return host.call(method, input);
  };
}
