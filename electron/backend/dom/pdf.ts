// PDFs through pdf.js: the text of every page, where each page starts in that text (so an excerpt
// can cite its page), and the document's own metadata. Scripts in PDFs are never evaluated
// (isEvalSupported: false) and nothing is fetched (no fonts, no CMaps from the network).
import { createRequire } from 'node:module';
import { ContractError } from '../../../shared/contract/errors';
import type { DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { guessDirection, guessLanguage } from '../../../shared/domain/detectMetadata';
import { parsePartialDate } from '../../../shared/domain/partialDate';

const require = createRequire(import.meta.url);
export const PDFJS_VERSION: string = (require('pdfjs-dist/package.json') as { version: string }).version;

export interface PdfExtraction {
  text: string;
  /** Code-point offset in `text` where each page begins (page 1 at index 0). */
  pageStarts: number[];
  detected: DetectedMetadata;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

function pdfDate(value: unknown) {
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  if (!m) return undefined;
  try {
    return parsePartialDate([m[1], m[2], m[3]].filter(Boolean).join('-'));
  } catch {
    return undefined;
  }
}

export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk, as readers allow (the spec's 1024-byte window).
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

export async function extractPdf(bytes: Uint8Array, name: string): Promise<PdfExtraction> {
  if (!isPdf(bytes)) {
    throw new ContractError(
      'unsupported_format',
      `${name} is named .pdf but is not a PDF (no %PDF- header). Check that the download finished, or import the file under its real type.`,
    );
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js may transfer (detach) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const reason =
      (error as Error).name === 'PasswordException' ? 'it is password-protected' : (error as Error).message;
    throw new ContractError('invalid_input', `${name} could not be read as a PDF: ${reason}.`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        text += item.str ?? '';
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    const pageStarts: number[] = [];
    let offset = 0;
    let text = '';
    for (const page of pages) {
      if (text) {
        text += '\n\n';
        offset += 2;
      }
      pageStarts.push(offset);
      text += page;
      offset += Array.from(page).length;
    }
    if (!text.trim()) {
      throw new ContractError(
        'invalid_input',
        `${name} has no text layer (it is probably scanned images). Run OCR on it first, then import the result.`,
      );
    }
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    const detected: DetectedMetadata = {};
    if (typeof info.Title === 'string' && info.Title.trim()) detected.title = info.Title.trim();
    if (typeof info.Author === 'string' && info.Author.trim()) detected.byline = info.Author.trim();
    const published = pdfDate(info.CreationDate);
    if (published) detected.published = published;
    const language = (typeof info.Language === 'string' && info.Language) || guessLanguage(text);
    if (language) detected.language = language;
    detected.textDirection = guessDirection(text);
    return { text, pageStarts, detected };
  } finally {
    await document.destroy();
  }
}
