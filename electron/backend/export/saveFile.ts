// `files.save` and `files.reveal` in the backend. The Electron main process asks where to save and
// passes the chosen path; the backend writes the bytes there (atomically, like every export). The
// backend cannot show a dialog or a file manager, so a call without a path, and any reveal, is
// refused: only a host with native dialogs offers them (renderer/src/ui/saveFile.ts).
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods';
import { writeFileAtomically } from './caseFileJobs';

export function saveFile(input: ParsedInput<'files.save'>): MethodOutput<'files.save'> {
  if (!input.path) {
    throw new ContractError(
      'invalid_input',
      'This host cannot ask where to save; the file is downloaded instead (or give a path).',
    );
  }
  if (!path.isAbsolute(input.path) || input.path.includes('\0')) {
    throw new ContractError('invalid_input', `Cannot save to “${input.path}”: give a full path.`);
  }
  const bytes = Buffer.from(input.bytesBase64, 'base64');
  writeFileAtomically(input.path, bytes);
  return { path: input.path, size: bytes.length };
}

export function revealFile(): never {
  throw new ContractError('invalid_input', 'Only the desktop app can show a file in its folder.');
}
