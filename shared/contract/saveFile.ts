// Saving an export where the analyst chooses (issue 18, "save and reveal"). On a host with native
// dialogs (Electron's main process answers these methods itself):
// - small exports the renderer holds go to `files.save`: the host asks where with the native
//   dialog and passes the chosen path on to the backend, which writes the bytes;
// - big exports the backend makes as a job (case files, PDF reports, WARCs) never cross the window:
//   `files.chooseSaveTarget` asks where first and answers an opaque one-use target, which the job
//   is given as `saveTarget`; the host swaps it for the chosen path on the way to the backend.
// The window never names a path to write to: the host refuses one. The browser host downloads
// instead and calls neither.
import { z } from 'zod';

/**
 * Every kind of file the app saves, with the save dialog's filter. One list: the renderer names a
 * kind, the main process builds the dialog from it (electron/main/save-file.ts).
 */
export const SAVE_KINDS = {
  caseFile: { label: 'Casefile case file', extensions: ['zip'] },
  reportHtml: { label: 'HTML report', extensions: ['html', 'htm'] },
  reportPdf: { label: 'PDF report', extensions: ['pdf'] },
  stix: { label: 'STIX 2.1 bundle', extensions: ['json'] },
  annotations: { label: 'W3C Web Annotations', extensions: ['jsonld', 'json'] },
  csv: { label: 'CSV spreadsheet', extensions: ['csv'] },
  png: { label: 'PNG image', extensions: ['png'] },
  svg: { label: 'SVG image', extensions: ['svg'] },
  graphml: { label: 'GraphML graph', extensions: ['graphml'] },
  gexf: { label: 'GEXF graph', extensions: ['gexf'] },
  warc: { label: 'WARC archive', extensions: ['gz', 'warc'] },
  /** A captured original, saved as it was captured: its own name decides its type. */
  original: { label: 'Original file', extensions: [] },
} as const satisfies Record<string, { label: string; extensions: readonly string[] }>;

export type SaveKind = keyof typeof SAVE_KINDS;
export const SAVE_KIND_NAMES = Object.keys(SAVE_KINDS) as [SaveKind, ...SaveKind[]];

/** Base64 of the largest export the contract carries (as for case-file imports). */
const MAX_BASE64 = 700_000_000;

export const SaveFileInput = z.strictObject({
  kind: z.enum(SAVE_KIND_NAMES),
  /** The name the dialog suggests; no folder part. */
  fileName: z.string().trim().min(1).max(255),
  bytesBase64: z.string().max(MAX_BASE64),
  /**
   * Where to write. The Electron main process sets it from the save dialog and refuses one that
   * comes from the renderer; the CLI and tests may give it directly.
   */
  path: z.string().min(1).max(4096).optional(),
});

/** Where the file was written; null when the analyst cancelled the dialog. */
export const SaveFileOutput = z.object({ path: z.string(), size: z.number() }).nullable();

export const ChooseSaveTargetInput = z.strictObject({
  kind: z.enum(SAVE_KIND_NAMES),
  /** The name the dialog suggests; no folder part. */
  fileName: z.string().trim().min(1).max(255),
});

/** The chosen file (shown to the analyst) and the one-use target that stands for it; null when cancelled. */
export const ChooseSaveTargetOutput = z.object({ target: z.string(), path: z.string() }).nullable();

/** A one-use target from `files.chooseSaveTarget`, standing for the path the analyst chose. */
export const SaveTarget = z.string().uuid();

/**
 * The methods whose backend writes a file at `path`. From the window, the desktop host refuses a
 * `path` for them and turns a `saveTarget` into the path chosen in its dialog.
 */
export const WRITES_TO_CHOSEN_PATH = ['cases.exportFile', 'cases.reportPdf', 'web.exportWarc'] as const;

export const RevealFileInput = z.strictObject({ path: z.string().min(1).max(4096) });
