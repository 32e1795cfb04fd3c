// The `casefile` command called in-process, as the tests call it: the same main() the binary runs,
// with its output captured instead of written to this process's streams. Starting tsx for every
// command cost seconds each on a busy machine; bin/casefile.mjs is proven once as a real process.
import { main } from './main';

export interface CasefileRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runCasefile(args: string[]): Promise<CasefileRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}
