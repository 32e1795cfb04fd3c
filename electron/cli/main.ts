// `casefile`: the library from the command line. Every command accepts --json and then prints
// exactly one JSON document on stdout; errors go to stderr with a non-zero exit status.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContractError } from '../../shared/contract/errors';
import { Backend } from '../backend/backend';
import { libraryIsWritable } from '../backend/db/connection';
import { toErrorEnvelope } from '../backend/dispatch';
import { restoreBackup } from '../backend/services/backups';
import { resolveLibraryPath } from '../backend/paths';
import { GLOBAL_OPTIONS, UsageError } from './args';
import { COMMANDS, STANDALONE_COMMANDS } from './commands';

export const USAGE = `Usage: casefile [--library PATH] [--analyst NAME] [--json] [--read-only] COMMAND ...

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
  entity romanise ENTITY_ID [--accept-all]  (spellings of its Hangul/Han names in RR, MR, DPRK 2002, ODNI, pinyin)
  case add TITLE
  case include CASE_ID ITEM_ID...
  delete ARTICLE_ID...                      (moves articles, with their excerpts, mentions and case items, to the Trash)
  trash [list]                              (what is in the Trash)
  trash restore ARTICLE_ID...               (puts them back exactly as they were)
  trash empty [ARTICLE_ID...]               (removes them for good, all or the ones named; audited)
  watch [list] | watch add TERM | watch remove TERM_ID   (names and phrases flagged in every new capture or import)
  watch hits [--unseen] | watch seen [HIT_ID...]         (the hits, in their sentence; mark them seen)
  search QUERY [--min-reliability A-F|unrated] [--min-credibility 1-6|ungraded] [--kind KIND]... [--entity ID]
         [--case ID] [--lang CODE] [--captured-from DATE] [--captured-to DATE] [--published-from DATE] [--published-to DATE]
  search QUERY [filters] --save NAME        (keeps the query and its filters under a name)
  search --saved [NAME] [--rename NEW | --delete]   (lists saved searches, or runs, renames or deletes one)
  export-annotations ARTICLE_ID|CASE_ID --out FILE   (W3C Web Annotations, JSON-LD)
  export-case CASE_ID --out FILE.zip        (a portable case file for a teammate)
  import-case FILE.zip                      (verifies, then merges by id; conflicts are listed, never overwritten)
  export-stix CASE_ID --out FILE.json       (a STIX 2.1 bundle)
  export-csv CASE_ID --out FILE.csv [--what excerpts|entities]
  report CASE_ID --out FILE.html|FILE.pdf [--group-by date|entity]
  export-graph CASE_ID|--all --format graphml|gexf --out FILE   (the link chart's graph, for Gephi)
  verify [--anchor FILE|HASH]               (--anchor: prove no audit rows were cut since that head)
  head [--append FILE]                      (the audit head; --append adds it to an anchor file kept elsewhere)
  init [PATH]                               (creates a new, empty library; every other command needs one)
  backup                                    (a verified copy beside the library, in LIBRARY.backups/; 7 daily and 4 weekly are kept)
  backups                                   (lists them, newest first, with the audit head each holds)
  restore BACKUP --to PATH                  (verifies the backup and writes it to a new file, never over one)
  reindex
  config analyst NAME
  capture URL... [--proxy socks5://HOST:PORT|http://HOST:PORT|direct] [--screenshot] [--user-agent UA] [--capture-anyway] [--timeout SECONDS]
  export-warc CASE_ID|ARTICLE_ID --out FILE.warc.gz   (the web captures' WARC records)
  network [direct|socks5://HOST:PORT|http://HOST:PORT]  (show or set how captures reach the web)
  romanise TEXT [--system rr|mr|kp2002|odni] [--plain]   (Hangul → Latin; --plain drops ŏ, ŭ and ’)

The library defaults to $CASEFILE_LIBRARY, then the desktop app's own library. A path with no
library is refused (make one with "casefile init PATH"), as is a file that is not a Casefile library.
A library that cannot be written (a read-only or immutable file, folder or medium), or any library
with --read-only, is opened read-only: reading commands work and changing ones are refused.
Every change is recorded under the library's analyst name (set it with "config analyst"),
or --analyst NAME for one command.`;

const EXIT_ERROR = 1;
const EXIT_USAGE = 2;

/** Finds the command word: the first argument that is neither a global option nor its value. */
function splitCommand(argv: string[]): { globals: string[]; command: string | undefined; rest: string[] } {
  const globals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.replace(/^--?/, '').split('=')[0]!;
    const option = (GLOBAL_OPTIONS as Record<string, { type: string }>)[name === 'h' ? 'help' : name];
    if (!arg.startsWith('-') || !option)
      return {
        globals,
        command: arg.startsWith('-') ? undefined : arg,
        rest: arg.startsWith('-') ? argv.slice(i) : argv.slice(i + 1),
      };
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

const PROCESS_OUTPUT: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], out: CliOutput = PROCESS_OUTPUT): Promise<number> {
  const { globals, command, rest } = splitCommand(argv);
  const all = [...globals, ...rest];
  const json = all.includes('--json');
  if (!command || all.includes('--help') || all.includes('-h')) {
    (command || all.includes('--help') ? out.stdout : out.stderr)(`${USAGE}\n`);
    return command || all.includes('--help') || all.includes('-h') ? 0 : EXIT_USAGE;
  }
  const run = COMMANDS[command];
  const standalone = STANDALONE_COMMANDS[command];
  if (!run && !standalone && command !== 'init' && command !== 'restore') {
    out.stderr(`casefile: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let backend: Backend | undefined;
  try {
    if (command === 'init') return await initLibrary(rest, option(all, 'library'), option(all, 'analyst'), json, out);
    if (command === 'restore') return restore(rest, json, out);
    if (standalone) {
      const outcome = await standalone(all);
      out.stdout(json ? `${JSON.stringify(outcome.json)}\n` : `${outcome.text}\n`);
      return outcome.exitCode ?? 0;
    }
    const libraryPath = resolveLibraryPath(option(all, 'library'));
    const reading = onlyReads(command, rest);
    const asked = all.includes('--read-only');
    const writable = !asked && libraryIsWritable(libraryPath);
    if (!writable && !reading && fs.existsSync(libraryPath)) {
      throw new ContractError(
        'read_only',
        `The library ${libraryPath} ${asked ? 'is opened read-only (--read-only)' : 'cannot be written (read-only file, folder or medium, or an immutable file)'}, and "${command}" changes it. Reading commands (list, show, search, verify, head, exports) still work.`,
      );
    }
    backend = new Backend({
      libraryPath,
      analyst: option(all, 'analyst') ?? null,
      mustExist: true,
      readonly: !writable,
    });
    if (
      !backend.ctx.analystOverride &&
      !(await backend.call('library.info', {})).analyst &&
      !reading &&
      command !== 'config' // setting the analyst name is how one answers the question
    ) {
      backend.ctx.analystOverride = os.userInfo().username;
      out.stderr(
        `casefile: no analyst name is set for this library; recording changes as "${backend.ctx.analystOverride}" (set it with: casefile config analyst NAME)\n`,
      );
    }
    const outcome = await run!(backend, all);
    out.stdout(json ? `${JSON.stringify(outcome.json)}\n` : `${outcome.text}\n`);
    if (outcome.exitCode && !json) out.stderr('casefile: some steps failed (see above)\n');
    return outcome.exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`casefile ${command}: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    // No stack trace reaches the user; CASEFILE_DEBUG=1 shows it for a bug report.
    const envelope = toErrorEnvelope(error);
    const message = envelope.ok ? String(error) : `${envelope.error.message} [${envelope.error.code}]`;
    if (process.env.CASEFILE_DEBUG && error instanceof Error) out.stderr(`${error.stack}\n`);
    out.stderr(`casefile ${command}: ${message}\n`);
    return EXIT_ERROR;
  } finally {
    try {
      await backend?.close();
    } catch {
      // closing a read-only library cannot checkpoint; nothing is lost
    }
  }
}

/** Commands that only read: they also work on a library that cannot be written. */
const READING_COMMANDS = new Set([
  'list',
  'show',
  'search',
  'verify',
  'head',
  'export-annotations',
  'export-case',
  'export-stix',
  'export-csv',
  'report',
  'export-warc',
  'export-graph',
  'backups',
]);

const OPTIONS_WITH_VALUES = new Set(['--library', '--analyst']);

/** Subcommands that only read, for the commands that also change things. */
const READING_SUBCOMMANDS: Record<string, { default: string; reading: readonly string[] }> = {
  trash: { default: 'list', reading: ['list'] },
  watch: { default: 'list', reading: ['list', 'hits'] },
};

function onlyReads(command: string, rest: readonly string[]): boolean {
  // `search` reads, except when it saves, renames or deletes a saved search.
  if (command === 'search') return !rest.some((a) => /^--(save|rename|delete)(=|$)/.test(a));
  if (READING_COMMANDS.has(command)) return true;
  const sub = READING_SUBCOMMANDS[command];
  if (!sub) return false;
  const word = rest.find((a, i) => !a.startsWith('-') && !OPTIONS_WITH_VALUES.has(rest[i - 1] ?? '')) ?? sub.default;
  return sub.reading.includes(word);
}

/** `casefile restore BACKUP --to PATH`: needs no open library, so it runs before one is opened. */
function restore(rest: string[], json: boolean, out: CliOutput): number {
  const to = option(rest, 'to');
  const backup = rest.find(
    (a, i) =>
      !a.startsWith('-') && rest[i - 1] !== '--to' && rest[i - 1] !== '--library' && rest[i - 1] !== '--analyst',
  );
  if (!backup || !to) throw new UsageError('restore needs BACKUP and --to PATH');
  const restored = restoreBackup(backup, to);
  out.stdout(
    json
      ? `${JSON.stringify(restored)}\n`
      : `Verified and restored to ${restored.path}${restored.head ? ` (audit head ${restored.head.seq} ${restored.head.hash})` : ''}.\n`,
  );
  return 0;
}

/** `casefile init PATH` or `casefile --library PATH init`: a new, empty library, never over a file. */
async function initLibrary(
  rest: string[],
  libraryOption: string | undefined,
  analyst: string | undefined,
  json: boolean,
  out: CliOutput,
): Promise<number> {
  const positional = rest.filter(
    (a, i) => !a.startsWith('-') && !['--library', '--analyst'].includes(rest[i - 1] ?? ''),
  );
  if (
    positional.length > 1 ||
    (positional.length === 1 && libraryOption && path.resolve(positional[0]!) !== path.resolve(libraryOption))
  ) {
    throw new UsageError('init takes one PATH (or --library PATH)');
  }
  const target = path.resolve(positional[0] ?? resolveLibraryPath(libraryOption));
  if (fs.existsSync(target)) {
    throw new ContractError(
      'invalid_input',
      `${target} already exists; init never writes over a file. Use it with --library ${target}, or choose a new path.`,
    );
  }
  const backend = new Backend({ libraryPath: target, analyst: analyst ?? null });
  try {
    if (analyst) await backend.call('settings.setAnalyst', { name: analyst });
    const info = await backend.call('library.info', {});
    out.stdout(
      json
        ? `${JSON.stringify({ path: info.path, schemaVersion: info.schemaVersion, analyst: info.analyst })}\n`
        : `Created an empty library at ${info.path} (schema ${info.schemaVersion}).${analyst ? '' : `\nNext: casefile --library ${info.path} config analyst "Your Name"`}\n`,
    );
    return 0;
  } finally {
    await backend.close();
  }
}
