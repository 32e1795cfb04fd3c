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

/** The backend never sees a save target: the desktop host swaps it for the path chosen in its dialog. */
export function chooseSaveTarget(): never {
  throw new ContractError(
    'invalid_input',
    'Only the desktop app can ask where to save; the file is downloaded instead.',
  );
}

/** A job given a save target that no host turned into a path (a call that bypassed the desktop host). */
export function refuseUnresolvedSaveTarget(input: { saveTarget?: string | undefined }): void {
  if (input.saveTarget !== undefined) {
    throw new ContractError(
      'invalid_input',
      'A save target stands for a file chosen in the desktop app’s save dialog; here, give a path or none.',
    );
  }
}

export function revealFile(): never {
  throw new ContractError('invalid_input', 'Only the desktop app can show a file in its folder.');
}
