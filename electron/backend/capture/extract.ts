// What a fetched body is, judged by its bytes rather than the server's word, and its text,
// extracted the way saved files are (Readability for pages, pdf.js for PDFs). A server that lies
// about the type is believed only as far as the bytes agree, and the disagreement is recorded.
import { ContractError } from '../../../shared/contract/errors';
import { detectPlainTextMetadata, type DetectedMetadata } from '../../../shared/domain/detectMetadata';
import { MAX_PDF_BYTES, MAX_TEXT_BYTES } from '../../../shared/contract/limits';
import { declaredCharset, decodeText, looksBinary } from '../import/decode';

export interface WebExtraction {
  mediaType: 'text/html' | 'application/pdf' | 'text/plain';
  text: string;
  extractor: string;
  charset: string;
  detected: DetectedMetadata;
  pageStarts: number[];
  warnings: string[];
}

/** The download limit for a response declaring `mediaType` (decompressed bytes). */
export function limitFor(mediaType: string): number {
  return mediaType === 'application/pdf' || mediaType === 'application/octet-stream' ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
}

function essence(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

function headerCharset(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([\w:.-]+)/i.exec(contentType)?.[1] ?? null;
}

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]/i;

/** The media type the bytes show, and a warning when the server said otherwise. */
export function sniff(
  body: Uint8Array,
  declaredContentType: string,
  url: string,
): { mediaType: WebExtraction['mediaType']; warning: string | null } {
  const declared = essence(declaredContentType);
  const head = Buffer.from(body.subarray(0, 1024));
  let mediaType: WebExtraction['mediaType'];
  if (head.includes('%PDF-')) mediaType = 'application/pdf';
  else if (looksBinary(body)) {
    throw new ContractError(
      'unsupported_format',
      `${url} sent ${declared ? `binary data declared as ${declared}` : 'binary data'}, which is neither a web page, a PDF nor text. Nothing was stored.`,
    );
  } else if (
    HTML_START.test(head.toString('latin1')) ||
    declared === 'text/html' ||
    declared === 'application/xhtml+xml'
  )
    mediaType = 'text/html';
  else mediaType = 'text/plain';
  const agrees = declared === mediaType || (mediaType === 'text/html' && declared === 'application/xhtml+xml');
  const warning = agrees
    ? null
    : `The server declared ${declared ? `"${declaredContentType}"` : 'no content type'}, but the bytes are ${mediaType}; they were read as ${mediaType}.`;
  return { mediaType, warning };
}

export async function extractWeb(
  body: Uint8Array,
  declaredContentType: string,
  url: string,
  name: string,
): Promise<WebExtraction> {
  if (body.byteLength === 0)
    throw new ContractError(
      'invalid_input',
      `${url} answered with an empty body: there is nothing to capture. Nothing was stored.`,
    );
  const { mediaType, warning } = sniff(body, declaredContentType, url);
  const warnings = warning ? [warning] : [];
  if (mediaType !== 'application/pdf' && body.byteLength > MAX_TEXT_BYTES) {
    throw new ContractError(
      'invalid_input',
      `${url} sent ${body.byteLength.toLocaleString('en')} bytes of ${mediaType}, over the ${MAX_TEXT_BYTES.toLocaleString('en')}-byte limit for pages and text. Nothing was stored.`,
    );
  }
  if (mediaType === 'application/pdf') {
    const { extractPdf, PDFJS_VERSION } = await import('../dom/pdf');
    const { text, pageStarts, detected } = await extractPdf(body, name);
    return { mediaType, text, extractor: `pdfjs-dist ${PDFJS_VERSION}`, charset: '', detected, pageStarts, warnings };
  }
  // The HTTP header's charset wins over the page's own declaration, as browsers do.
  const declared = headerCharset(declaredContentType) ?? (mediaType === 'text/html' ? declaredCharset(body) : null);
  const { text: source, charset } = decodeText(body, name, { declared });
  if (mediaType === 'text/plain') {
    return {
      mediaType,
      text: source,
      extractor: 'casefile-text 1',
      charset,
      detected: detectPlainTextMetadata(source),
      pageStarts: [],
      warnings,
    };
  }
  const { extractHtml, HTML_EXTRACTOR } = await import('../dom/html');
  const { text, detected } = extractHtml(source, name);
  return {
    mediaType,
    text,
    extractor: HTML_EXTRACTOR,
    charset,
    detected,
    pageStarts: [],
    warnings,
  };
}
