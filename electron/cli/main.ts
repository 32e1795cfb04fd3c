// `casefile`: the library from the command line. Every command accepts --json and then prints
// exactly one JSON document on stdout; errors go to stderr with a non-zero exit status.
import os from 'node:os';
import { ContractError } from '../../shared/contract/errors';
import { Backend } from '../backend/backend';
import { resolveLibraryPath } from '../backend/paths';
import { GLOBAL_OPTIONS, UsageError } from './args';
import { COMMANDS } from './commands';

export const USAGE = `Usage: casefile [--library PATH] [--analyst NAME] [--json] COMMAND ...

  import FILE|DIR... [--publisher NAME] [--title T] [--published DATE] [--lang CODE] [--url URL] [--translator NAME]
  list articles|sources|entities|excerpts|cases
  show ID
  source add NAME --kind publication|author|human-source|organization|document|other [--parent ID] [--alias A]...
  source rate ID LETTER --why TEXT
  source merge KEEP_ID MERGED_ID            (prints the merge id; undo-merge MERGE_ID reverses it)
  excerpt add ARTICLE_ID --quote TEXT [--source ID] [--credibility 1-6] [--date DATE] [--note TEXT] [--tag T]...
  entity add NAME --type TYPE [--alias A]...
  entity alias ENTITY_ID ALIAS
  entity tag ENTITY_ID --article ID [--quote TEXT]
  entity suggest ARTICLE_ID                 (known names and aliases in the text, and likely new entities)
  entity merge KEEP_ID MERGED_ID
  case add TITLE
  case include CASE_ID ITEM_ID...
  search QUERY [--min-reliability A-F|unrated] [--kind KIND]...
  export-annotations ARTICLE_ID|CASE_ID --out FILE   (W3C Web Annotations, JSON-LD)
  export-case CASE_ID --out FILE.zip        (a portable case file for a teammate)
  import-case FILE.zip                      (verifies, then merges by id; conflicts are listed, never overwritten)
  export-stix CASE_ID --out FILE.json       (a STIX 2.1 bundle)
  export-csv CASE_ID --out FILE.csv [--what excerpts|entities]
  report CASE_ID --out FILE.html|FILE.pdf [--group-by date|entity]
  verify
  reindex
  config analyst NAME

The library defaults to $CASEFILE_LIBRARY, then the desktop app's own library.
Every change is recorded under the library's analyst name (set it with "config analyst"),
or --analyst NAME for one command.`;

const READ_ONLY_COMMANDS = new Set(['list', 'show', 'search', 'verify', 'config', 'export-annotations', 'export-case', 'export-stix', 'export-csv', 'report']);
const EXIT_ERROR = 1;
const EXIT_USAGE = 2;

/** Finds the command word: the first argument that is neither a global option nor its value. */
function splitCommand(argv: string[]): { globals: string[]; command: string | undefined; rest: string[] } {
  const globals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.replace(/^--?/, '').split('=')[0]!;
    const option = (GLOBAL_OPTIONS as Record<string, { type: string }>)[name === 'h' ? 'help' : name];
    if (!arg.startsWith('-') || !option) return { globals, command: arg.startsWith('-') ? undefined : arg, rest: arg.startsWith('-') ? argv.slice(i) : argv.slice(i + 1) };
    globals.push(arg);
    if (option.type === 'string' && !arg.includes('=')) globals.push(argv[++i] ?? '');
  }
  return { globals, command: undefined, rest: [] };
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 3) : argv[i + 1];
}

/** Where the command writes: the process's streams, or a test's buffers (tests call main in-process). */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_OUTPUT: CliOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

export async function main(argv: string[], out: CliOutput = PROCESS_OUTPUT): Promise<number> {
  const { globals, command, rest } = splitCommand(argv);
  const all = [...globals, ...rest];
  const json = all.includes('--json');
  if (!command || all.includes('--help') || all.includes('-h')) {
    (command || all.includes('--help') ? out.stdout : out.stderr)(`${USAGE}\n`);
    return command || all.includes('--help') || all.includes('-h') ? 0 : EXIT_USAGE;
  }
  const run = COMMANDS[command];
  if (!run) {
    out.stderr(`casefile: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let backend: Backend | undefined;
  try {
    const libraryPath = resolveLibraryPath(option(all, 'library'));
    backend = new Backend({ libraryPath, analyst: option(all, 'analyst') ?? null });
    if (!backend.ctx.analystOverride && !(await backend.call('library.info', {})).analyst && !READ_ONLY_COMMANDS.has(command)) {
      backend.ctx.analystOverride = os.userInfo().username;
      out.stderr(`casefile: no analyst name is set for this library; recording changes as "${backend.ctx.analystOverride}" (set it with: casefile config analyst NAME)\n`);
    }
    const outcome = await run(backend, all);
    out.stdout(json ? `${JSON.stringify(outcome.json)}\n` : `${outcome.text}\n`);
    if (outcome.exitCode && !json) out.stderr('casefile: some steps failed (see above)\n');
    return outcome.exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`casefile ${command}: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof ContractError ? `${error.message} [${error.code}]` : (error as Error).stack ?? String(error);
    out.stderr(`casefile ${command}: ${message}\n`);
    return EXIT_ERROR;
  } finally {
    await backend?.close();
  }
}
