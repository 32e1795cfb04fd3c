// Turning a file's bytes into text without ever mangling it silently: UTF-8 (with or without BOM)
// and UTF-16 with a BOM are read; anything else is refused with a message that says so.
import { ContractError } from '../../../shared/contract/errors';

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength === 0) throw new ContractError('invalid_input', `${name} is empty: there is nothing to import.`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new ContractError('unsupported_format', `${name} looks like a binary file (it contains NUL bytes), not text. Import the document it came from instead.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ContractError(
      'invalid_input',
      `${name} is not valid UTF-8 text. Re-save it as UTF-8 (most editors offer "Save with encoding") and import it again; nothing was imported.`,
    );
  }
}
