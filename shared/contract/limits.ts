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

/** A per-call budget of base64 under the browser host's request body limit (room for the call around it). */
export const UPLOAD_BATCH_BASE64_BUDGET = MAX_REQUEST_BODY_BYTES - 20 * MB;

/** Limits that keep a hostile case-file archive from exhausting memory or disk. */
export const CASE_FILE_LIMITS = {
  maxEntries: 200_000,
  maxEntryBytes: MAX_ORIGINAL_BYTES,
  maxTotalBytes: 2048 * MB,
  /** Uncompressed/compressed above this, for entries over `bombFloorBytes`, is a zip bomb, not a document. */
  maxCompressionRatio: 200,
  /** Below this many bytes, a high compression ratio is harmless (repetitive text compresses well). */
  bombFloorBytes: MB,
};

/** What a case file's contents may hold, beyond the archive's own limits. */
export const CASE_FILE_ADMISSION = {
  /** New original bytes one import may add to the library. */
  importQuotaBytes: 1024 * MB,
  /** An article's text (the derived text of a long PDF is the largest field). */
  maxArticleTextChars: 16 * MB,
  /** Notes, summaries and descriptions (Lexical JSON included). */
  maxRichTextChars: 2 * MB,
  /** Every other text field: names, titles, quotes, dates, URLs. */
  maxFieldChars: 100_000,
};

/** "32 MB", with `decimals` "1.5 MB"; a size under the last decimal shown keeps three digits ("0.0625 MB"). */
export function formatMegabytes(bytes: number, decimals = 0): string {
  const mb = bytes / MB;
  const fixed = mb.toFixed(decimals);
  return `${bytes > 0 && Number(fixed) === 0 ? String(Number(mb.toPrecision(3))) : fixed} MB`;
}
