// Turning a file's bytes into text without ever mangling it silently. In order: a byte-order mark;
// a charset the document declares (HTML meta, XML prolog); valid UTF-8; then a statistical guess
// (chardet) only when it is confident. Otherwise the import is refused with a message saying so.
import chardet from 'chardet';
import { ContractError } from '../../../shared/contract/errors';

export interface Decoded {
  text: string;
  /** 'utf-8', 'utf-16le (BOM)', 'euc-kr (declared)', 'shift_jis (detected, 92%)' … */
  charset: string;
}

const MIN_CONFIDENCE = 60;

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal: true });
  } catch {
    return null;
  }
}

/** The charset an HTML or XML document declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do this): mostly-Latin or mostly-ASCII
 * text then has a zero in every other byte, on one side only. Returns the encoding when the whole
 * file decodes cleanly that way, else null.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.byteLength < 4 || bytes.byteLength % 2 !== 0) return null;
  const sample = bytes.subarray(0, 8192);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  const encoding =
    oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05
      ? 'utf-16le'
      : evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05
        ? 'utf-16be'
        : null;
  if (!encoding) return null;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return looksBinary(new TextEncoder().encode(text)) ? null : encoding;
  } catch {
    return null;
  }
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  // A zero byte means binary, unless the whole file is UTF-16 saved without a byte-order mark.
  if (sample.includes(0)) return !(bytes.byteLength >= 4 && utf16WithoutBom(bytes));
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function decodeText(bytes: Uint8Array, name: string, options: { declared?: string | null } = {}): Decoded {
  if (bytes.byteLength === 0) throw new ContractError('invalid_input', `${name} is empty: there is nothing to import.`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le (BOM)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be (BOM)' };
  const utf16 = bytes.subarray(0, 8192).includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), charset: `${utf16} (detected, no byte-order mark)` };
  if (looksBinary(bytes)) {
    throw new ContractError(
      'unsupported_format',
      `${name} is a binary file, not text. Import the document it came from, or a PDF, HTML or text export of it.`,
    );
  }
  if (options.declared) {
    const decoder = decoderFor(options.declared);
    if (decoder) {
      try {
        return { text: decoder.decode(bytes), charset: `${decoder.encoding} (declared)` };
      } catch {
        // The declaration is wrong (it happens); fall through to what the bytes say.
      }
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: try a confident guess
  }
  for (const guess of chardet.analyse(bytes)) {
    if (guess.confidence < MIN_CONFIDENCE) break;
    const decoder = decoderFor(guess.name);
    if (!decoder || decoder.encoding === 'utf-8') continue;
    try {
      return { text: decoder.decode(bytes), charset: `${decoder.encoding} (detected, ${guess.confidence}%)` };
    } catch {
      // that guess does not decode cleanly; try the next
    }
  }
  throw new ContractError(
    'invalid_input',
    `${name} is not valid UTF-8 and its character set could not be recognised with confidence. Re-save it as UTF-8 (most editors offer "Save with encoding") and import it again; nothing was imported.`,
  );
}
