// Each importable format: how its bytes become the article's text and what metadata it yields.
// Extraction happens before any transaction, so a failing file writes nothing.
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { Article } from '../../../shared/contract/schemas';

type CaptureMethod = Article['captureMethod'];
import { detectPlainTextMetadata, type DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { declaredCharset, decodeText, looksBinary } from './decode';

export interface Extraction {
  text: string;
  mediaType: string;
  captureMethod: CaptureMethod;
  extractor: string;
  charset: string;
  detected: DetectedMetadata;
  pageStarts: number[];
}

type Extractor = (bytes: Uint8Array, name: string) => Promise<Extraction>;

const plainText =
  (mediaType: string, captureMethod: CaptureMethod): Extractor =>
  async (bytes, name) => {
    const { text, charset } = decodeText(bytes, name);
    return {
      text,
      mediaType,
      captureMethod,
      extractor: 'casefile-text 1',
      charset,
      detected: detectPlainTextMetadata(text),
      pageStarts: [],
    };
  };

/** Deeper than this, an HTML file is an attack on the parser, not a page. */
const MAX_NESTING = 1000;

/**
 * How deeply the container elements nest, counted from the tags before any parser sees them (an
 * unclosed <div> or <span> nests in the DOM too, so opens minus closes is the real depth).
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (const match of source.matchAll(/<(\/?)(?:div|span|section|article|blockquote|table|ul|ol|font)\b[^>]*>/gi)) {
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const html: Extractor = async (bytes, name) => {
  if (looksBinary(bytes)) {
    throw new ContractError(
      'unsupported_format',
      `${name} is named like a web page but holds binary data. Check the file; nothing was imported.`,
    );
  }
  const { text: source, charset } = decodeText(bytes, name, { declared: declaredCharset(bytes) });
  // The DOM, Readability and pdf.js are large: load them only when a page or PDF is imported (the CLI starts faster).
  const { extractHtml, HTML_EXTRACTOR } = await import('../dom/html');
  if (nestingDepth(source) > MAX_NESTING) {
    throw new ContractError(
      'invalid_input',
      `${name} nests its HTML elements too deeply to read (more than ${MAX_NESTING} levels; real pages use a few dozen). Nothing was imported.`,
    );
  }
  let extracted: ReturnType<typeof extractHtml>;
  try {
    extracted = extractHtml(source, name);
  } catch (error) {
    // Thousands of nested elements overflow the parser's and Readability's recursion; no real page
    // nests like that, so refuse it plainly instead of failing with a stack overflow.
    if (error instanceof RangeError) {
      throw new ContractError(
        'invalid_input',
        `${name} nests its HTML elements too deeply to read. Nothing was imported.`,
      );
    }
    throw error;
  }
  const { text, detected } = extracted;
  return {
    text,
    mediaType: 'text/html',
    captureMethod: 'file-html',
    extractor: HTML_EXTRACTOR,
    charset,
    detected,
    pageStarts: [],
  };
};

const pdf: Extractor = async (bytes, name) => {
  const { extractPdf, PDFJS_VERSION } = await import('../dom/pdf');
  const { text, pageStarts, detected } = await extractPdf(bytes, name);
  return {
    text,
    mediaType: 'application/pdf',
    captureMethod: 'file-pdf',
    extractor: `pdfjs-dist ${PDFJS_VERSION}`,
    charset: '',
    detected,
    pageStarts,
  };
};

const FORMATS: Record<string, Extractor> = {
  '.txt': plainText('text/plain', 'file-text'),
  '.text': plainText('text/plain', 'file-text'),
  '.md': plainText('text/markdown', 'file-markdown'),
  '.markdown': plainText('text/markdown', 'file-markdown'),
  '.html': html,
  '.htm': html,
  '.xhtml': html,
  '.pdf': pdf,
};

export const IMPORTABLE_EXTENSIONS = Object.keys(FORMATS);

export function isImportable(name: string): boolean {
  return Object.hasOwn(FORMATS, path.extname(name).toLowerCase());
}

export function extract(bytes: Uint8Array, name: string): Promise<Extraction> {
  const ext = path.extname(name).toLowerCase();
  const extractor = FORMATS[ext];
  if (!extractor) {
    throw new ContractError(
      'unsupported_format',
      `${path.basename(name)}: Casefile cannot import ${ext || 'files without an extension'} (it imports ${IMPORTABLE_EXTENSIONS.join(', ')}).`,
    );
  }
  if (bytes.byteLength === 0)
    throw new ContractError('invalid_input', `${path.basename(name)} is empty: there is nothing to import.`);
  return extractor(bytes, path.basename(name));
}
