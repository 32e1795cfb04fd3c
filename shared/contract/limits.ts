// Every size limit, named once. The backend enforces them, the hosts and the renderer size their
// transports by them, and error messages quote them.

const MB = 1024 * 1024;

/** A text or web page over this is not an article, and indexing it would stall the library. */
export const MAX_TEXT_BYTES = 32 * MB;

/** A PDF is mostly images and fonts, so its text is small even when the file is large. */
export const MAX_PDF_BYTES = 128 * MB;

/** The largest original anything stores (a case-file entry included): the largest file type's limit. */
export const MAX_ORIGINAL_BYTES = MAX_PDF_BYTES;

/**
 * The browser host carries a dropped or chosen file as base64 inside JSON, one call per batch: a
 * file over this goes through the `casefile` command or the desktop app, which read by path.
 */
export const MAX_UPLOAD_FILE_BYTES = 50 * MB;

/** The base64 of the largest upload (4/3 of its bytes), with room for the JSON around it. */
export const MAX_UPLOAD_BASE64_CHARS = 70_000_000;

/** The browser host's largest request body: one largest upload, encoded, and the call around it. */
export const MAX_REQUEST_BODY_BYTES = 80 * MB;

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
