// Each CLI command: a thin layer over contract calls, so the CLI can do nothing the app cannot.
import { ContractError } from '../../shared/contract/errors';
import { OBJECT_KINDS, type SearchFilters } from '../../shared/contract/schemas';
import { ENTITY_TYPES, SOURCE_KINDS } from '../../shared/contract/vocabulary';
import { parseReliability, type Credibility } from '../../shared/domain/admiralty';
import { parsePartialDate } from '../../shared/domain/partialDate';
import type { Backend } from '../backend/backend';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFileAtomically } from '../backend/export/caseFileJobs';
import { GLOBAL_OPTIONS, UsageError } from './args';
import { methods } from '../../shared/contract/methods';
import { romaniseForScript } from '../backend/services/romanise';
import { captureCommand, exportWarcCommand, networkCommand } from './captureCommands';
import { HANGUL_SYSTEMS, SYSTEM_LABELS } from '../../shared/domain/spellingSystems';
import { backupCommand, backupsCommand, headCommand, readAnchors } from './protectCommands';
import { articleLabel } from '../../shared/domain/untitled';

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export interface Outcome {
  /** The JSON document printed with --json. */
  json: unknown;
  /** What a person reads without --json. */
  text: string;
  exitCode?: number;
}

type Command = (backend: Backend, argv: string[]) => Promise<Outcome>;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new UsageError(`missing ${what}`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (!value || !(allowed as readonly string[]).includes(value))
    throw new UsageError(`${what} must be one of: ${allowed.join(', ')}`);
  return value as T;
}

function partialDate(value: string | undefined) {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch (error) {
    throw new ContractError('invalid_input', (error as Error).message);
  }
}

function reliability(value: string) {
  try {
    return parseReliability(value);
  } catch (error) {
    throw new ContractError('invalid_input', (error as Error).message);
  }
}

const importCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    publisher: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string' },
    lang: { type: 'string' },
    url: { type: 'string' },
    translator: { type: 'string' },
  });
  if (!positionals.length) throw new UsageError('import needs at least one FILE or DIR');
  const metadata = {
    ...(values.publisher !== undefined && { publisher: values.publisher }),
    ...(values.title !== undefined && { title: values.title }),
    ...(values.published !== undefined && { published: partialDate(values.published) }),
    ...(values.lang !== undefined && { language: values.lang }),
    ...(values.url !== undefined && { url: values.url }),
    ...(values.translator !== undefined && { translator: values.translator }),
  };
  const { jobId } = await backend.call('articles.importFiles', { paths: positionals, metadata });
  const stopProgress = backend.onEvent((event, payload) => {
    if (event === 'job.progress' && process.stderr.isTTY) {
      const p = (payload as { progress: { done: number; total: number; current: string } }).progress;
      process.stderr.write(`\rimporting ${p.done}/${p.total} ${p.current.slice(-60).padEnd(60)}`);
    }
  });
  const state = await backend.jobs.wait(jobId);
  stopProgress();
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(80) + '\r');
  if (state.status === 'failed') throw new ContractError('internal', state.error?.message ?? 'The import failed.');
  const result = state.result as {
    imported: { id: string; sha256: string; title: string }[];
    duplicates: { id: string; sha256: string; path: string }[];
    failed: { path: string; error: string }[];
  };
  const lines = [
    ...result.imported.map((a) => `imported  ${a.id}  sha256:${a.sha256}  ${a.title}`),
    ...result.duplicates.map((d) => `duplicate ${d.id}  sha256:${d.sha256}  ${d.path} (already in the library)`),
    ...result.failed.map((f) => `failed    ${f.path}: ${f.error}`),
  ];
  return {
    json: { imported: result.imported, duplicates: result.duplicates, failed: result.failed },
    text: lines.join('\n') || 'Nothing to import.',
    exitCode: result.failed.length ? 1 : 0,
  };
};

const LISTS = ['articles', 'sources', 'entities', 'excerpts', 'cases'] as const;

const listCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const what = oneOf(positionals[0], LISTS, 'list');
  let items: { id: string }[];
  let describe: (item: never) => string;
  switch (what) {
    case 'articles': {
      const all: Awaited<ReturnType<typeof backend.call<'articles.list'>>>['items'] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await backend.call('articles.list', { offset, limit: 1000, sort: 'captured', direction: 'asc' });
        all.push(...page.items);
        if (all.length >= page.total || !page.items.length) break;
      }
      items = all;
      describe = (a: (typeof all)[number]) => `${a.id}  ${a.publisherName || '-'}  ${articleLabel(a.title)}`;
      break;
    }
    case 'sources':
      items = (await backend.call('sources.list', {})).items;
      describe = (s: { id: string; kind: string; name: string; reliability: string | null }) =>
        `${s.id}  ${s.reliability ?? '-'}  ${s.kind}  ${s.name}`;
      break;
    case 'entities':
      items = (await backend.call('entities.list', {})).items;
      describe = (e: { id: string; type: string; name: string }) => `${e.id}  ${e.type}  ${e.name}`;
      break;
    case 'excerpts': {
      const all: Awaited<ReturnType<typeof backend.call<'excerpts.list'>>>['items'] = [];
      for (let after: string | null | undefined; after !== null;) {
        const page = await backend.call('excerpts.list', {
          limit: 5000,
          withTotal: false,
          ...(after ? { after } : {}),
        });
        all.push(...page.items);
        after = page.next;
      }
      items = all;
      describe = (e: (typeof all)[number]) => `${e.id}  ${e.grade}  “${e.exact.slice(0, 80)}”`;
      break;
    }
    case 'cases':
      items = (await backend.call('cases.list', { includeArchived: true })).items;
      describe = (c: { id: string; title: string; items: unknown[] }) =>
        `${c.id}  ${c.title} (${c.items.length} items)`;
      break;
  }
  return { json: { items }, text: items.map((i) => describe(i as never)).join('\n') || `No ${what} yet.` };
};

const showCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const shown = await backend.call('objects.show', { id: need(positionals[0], 'ID') });
  return { json: shown.value, text: `${shown.kind}\n${JSON.stringify(shown.value, null, 2)}` };
};

const sourceCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    kind: { type: 'string' },
    parent: { type: 'string' },
    url: { type: 'string' },
    alias: { type: 'string', multiple: true },
    why: { type: 'string' },
  });
  const [sub, ...rest] = positionals;
  if (sub === 'add') {
    const source = await backend.call('sources.create', {
      name: need(rest.join(' '), 'NAME'),
      kind: oneOf(values.kind, SOURCE_KINDS, '--kind'),
      ...(values.parent && { parentId: values.parent }),
      ...(values.url && { url: values.url }),
      ...(values.alias && { aliases: values.alias }),
    });
    return { json: source, text: `${source.id}  ${source.kind}  ${source.name}` };
  }
  if (sub === 'merge') {
    const merged = await backend.call('sources.merge', {
      keepId: need(rest[0], 'KEEP_ID'),
      mergeId: need(rest[1], 'MERGED_ID'),
    });
    return {
      json: merged,
      text: `Merged into ${merged.source.name} (undo with: casefile undo-merge ${merged.mergeId})`,
    };
  }
  if (sub === 'rate') {
    const rating = await backend.call('sources.rate', {
      id: need(rest[0], 'ID'),
      reliability: reliability(need(rest[1], 'LETTER')),
      rationale: need(values.why, '--why TEXT (a rating needs a rationale)'),
    });
    return {
      json: rating,
      text: `${rating.sourceId} rated ${rating.reliability} by ${rating.analyst} at ${rating.ratedAt}`,
    };
  }
  throw new UsageError('source needs a subcommand: add, rate or merge');
};

const excerptCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    quote: { type: 'string' },
    source: { type: 'string' },
    credibility: { type: 'string' },
    date: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
  });
  if (positionals[0] !== 'add') throw new UsageError('excerpt needs a subcommand: add');
  let credibility: Credibility | undefined;
  if (values.credibility !== undefined) {
    const n = Number(values.credibility);
    if (![1, 2, 3, 4, 5, 6].includes(n))
      throw new ContractError('invalid_input', `--credibility must be 1–6, not "${values.credibility}".`);
    credibility = n as Credibility;
  }
  const excerpt = await backend.call('excerpts.create', {
    articleId: need(positionals[1], 'ARTICLE_ID'),
    quote: need(values.quote, '--quote TEXT'),
    ...(values.source && { sourceId: values.source }),
    ...(credibility && { credibility }),
    ...(values.date && { eventDate: partialDate(values.date) }),
    ...(values.note && { note: { json: '', text: values.note } }),
    ...(values.tag && { tags: values.tag }),
  });
  return {
    json: excerpt,
    text: `${excerpt.id}  ${excerpt.grade}  [${excerpt.start}–${excerpt.end}] “${excerpt.exact.slice(0, 80)}”`,
  };
};

const entityCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    type: { type: 'string' },
    alias: { type: 'string', multiple: true },
    article: { type: 'string' },
    quote: { type: 'string' },
    'accept-all': { type: 'boolean' },
  });
  const [sub, ...rest] = positionals;
  if (sub === 'romanise') return entityRomanise(backend, need(rest[0], 'ENTITY_ID'), values['accept-all'] === true);
  if (sub === 'add') {
    const entity = await backend.call('entities.create', {
      name: need(rest.join(' '), 'NAME'),
      type: oneOf(values.type, ENTITY_TYPES, '--type'),
      ...(values.alias && { aliases: values.alias }),
    });
    return {
      json: entity,
      text: `${entity.id}  ${entity.type}  ${entity.name}${entity.aliases.length ? ` (${entity.aliases.map((a) => a.text).join(', ')})` : ''}`,
    };
  }
  if (sub === 'alias') {
    const entity = await backend.call('entities.addAlias', {
      id: need(rest[0], 'ENTITY_ID'),
      text: need(rest.slice(1).join(' '), 'ALIAS'),
    });
    return { json: entity, text: `${entity.name}: ${entity.aliases.map((a) => a.text).join(', ')}` };
  }
  if (sub === 'tag') {
    const mention = await backend.call('mentions.create', {
      entityId: need(rest[0], 'ENTITY_ID'),
      articleId: need(values.article, '--article ID'),
      ...(values.quote && { quote: values.quote }),
    });
    return { json: mention, text: `${mention.id}  [${mention.start}–${mention.end}] “${mention.exact}”` };
  }
  if (sub === 'suggest') {
    const found = await backend.call('entities.suggest', { articleId: need(rest[0], 'ARTICLE_ID') });
    return {
      json: found,
      text:
        [
          ...found.suggestions.map((s) => `known     [${s.start}–${s.end}] ${s.text} → ${s.name} (${s.entityId})`),
          ...found.candidates.map(
            (c) => `candidate [${c.start}–${c.end}] ${c.text} (${c.type}?)${c.count > 1 ? ` ×${c.count}` : ''}`,
          ),
        ].join('\n') || 'Nothing to suggest.',
    };
  }
  if (sub === 'merge') {
    const merged = await backend.call('entities.merge', {
      keepId: need(rest[0], 'KEEP_ID'),
      mergeId: need(rest[1], 'MERGED_ID'),
    });
    return {
      json: merged,
      text: `Merged into ${merged.entity.name} (undo with: casefile undo-merge ${merged.mergeId})`,
    };
  }
  throw new UsageError('entity needs a subcommand: add, alias, tag, suggest, merge or romanise');
};

/** The spellings proposed for an entity's Hangul or Han names, by system; --accept-all stores them all. */
async function entityRomanise(backend: Backend, id: string, acceptAll: boolean): Promise<Outcome> {
  if (acceptAll) {
    const { proposals } = await backend.call('entities.spellings', { id });
    const entity = proposals.length
      ? await backend.call('entities.acceptSpellings', { id })
      : await backend.call('entities.get', { id });
    return {
      json: { accepted: proposals, entity },
      text: proposals.length
        ? `Accepted ${proposals.length} spellings for ${entity.name}.`
        : `Nothing to accept for ${entity.name}.`,
    };
  }
  const [entity, { proposals }] = await Promise.all([
    backend.call('entities.get', { id }),
    backend.call('entities.spellings', { id }),
  ]);
  const generated = entity.aliases.filter((a) => a.generated).map((a) => ({ text: a.text, system: a.system }));
  const bySystem: Record<string, string[]> = {};
  for (const p of proposals) (bySystem[p.system] ??= []).push(p.text);
  return {
    json: { entityId: id, name: entity.name, proposals, bySystem, accepted: generated },
    text: proposals.length
      ? proposals.map((p) => `${SYSTEM_LABELS[p.system].padEnd(22)} ${p.text}   (from ${p.from})`).join('\n')
      : `No spellings to propose for ${entity.name}: give it its Hangul (casefile entity alias ${id} 김여정) or Han name.`,
  };
}

/** Romanising text reads no library, so scripts can call it anywhere (see STANDALONE_COMMANDS). */
const romaniseCommand = async (argv: string[]): Promise<Outcome> => {
  const { values, positionals } = parse(argv, { system: { type: 'string' }, plain: { type: 'boolean' } });
  const input = methods['romanise.text'].input.safeParse({
    text: need(positionals.join(' '), 'TEXT'),
    system: oneOf(values.system ?? 'rr', HANGUL_SYSTEMS, '--system'),
    diacritics: values.plain !== true,
  });
  if (!input.success) throw new UsageError(input.error.issues.map((i) => i.message).join('; '));
  const result = romaniseForScript(input.data);
  return {
    json: result,
    text: result.romanised + (result.kept.length ? `\n(kept as written: ${result.kept.join(', ')})` : ''),
  };
};

/** Commands that need no library. */
export const STANDALONE_COMMANDS: Record<string, (argv: string[]) => Promise<Outcome>> = {
  romanise: romaniseCommand,
};

const caseCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const [sub, ...rest] = positionals;
  if (sub === 'add') {
    const created = await backend.call('cases.create', { title: need(rest.join(' '), 'TITLE') });
    return { json: created, text: `${created.id}  ${created.title}` };
  }
  if (sub === 'include') {
    const [caseId, ...itemIds] = rest;
    if (!itemIds.length) throw new UsageError('case include needs CASE_ID and at least one ITEM_ID');
    const updated = await backend.call('cases.addItems', { id: need(caseId, 'CASE_ID'), itemIds });
    return { json: updated, text: `${updated.title}: ${updated.items.length} items` };
  }
  throw new UsageError('case needs a subcommand: add or include');
};

/** A --from/--to pair as a date range, or nothing. */
function range(from: string | undefined, to: string | undefined) {
  return from || to ? { ...(from && { from }), ...(to && { to }) } : undefined;
}

const SEARCH_OPTIONS = {
  'min-reliability': { type: 'string' },
  'min-credibility': { type: 'string' },
  kind: { type: 'string', multiple: true },
  entity: { type: 'string' },
  case: { type: 'string' },
  lang: { type: 'string' },
  'captured-from': { type: 'string' },
  'captured-to': { type: 'string' },
  'published-from': { type: 'string' },
  'published-to': { type: 'string' },
  limit: { type: 'string' },
  saved: { type: 'boolean' },
  save: { type: 'string' },
  rename: { type: 'string' },
  delete: { type: 'boolean' },
} as const;

function searchFilters(values: ReturnType<typeof parse<typeof SEARCH_OPTIONS>>['values']): SearchFilters {
  const minReliability = values['min-reliability'];
  const minCredibility = values['min-credibility'];
  const captured = range(values['captured-from'], values['captured-to']);
  const published = range(values['published-from'], values['published-to']);
  return {
    ...(minReliability && { minReliability: minReliability === 'unrated' ? 'unrated' : reliability(minReliability) }),
    ...(minCredibility && {
      minCredibility:
        minCredibility === 'ungraded'
          ? 'ungraded'
          : (Number(oneOf(minCredibility, ['1', '2', '3', '4', '5', '6'], '--min-credibility')) as Credibility),
    }),
    ...(values.kind && { kinds: values.kind.map((k) => oneOf(k, OBJECT_KINDS, '--kind')) }),
    ...(values.entity && { entityId: values.entity }),
    ...(values.case && { caseId: values.case }),
    ...(values.lang && { language: values.lang }),
    ...(captured && { captured }),
    ...(published && { published }),
  };
}

/** Saved searches from the command line: list (no name), run, save, rename or delete one by name. */
async function savedSearchOutcome(
  backend: Backend,
  name: string,
  values: ReturnType<typeof parse<typeof SEARCH_OPTIONS>>['values'],
): Promise<Outcome | { query: string; filters: SearchFilters }> {
  const { items } = await backend.call('savedSearches.list', {});
  if (!name) {
    return {
      json: { items },
      text: items.length
        ? items
            .map(
              (s) =>
                `${s.id}  ${s.name}: ${s.query}${Object.keys(s.filters).length ? ` ${JSON.stringify(s.filters)}` : ''}`,
            )
            .join('\n')
        : 'No saved searches yet (save one with: casefile search QUERY [filters] --save NAME).',
    };
  }
  const found = items.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  if (!found) {
    throw new ContractError(
      'not_found',
      `No saved search is called “${name}”. List them with: casefile search --saved`,
    );
  }
  if (values.rename !== undefined) {
    const renamed = await backend.call('savedSearches.rename', { id: found.id, name: values.rename });
    return { json: renamed, text: `Renamed “${found.name}” to “${renamed.name}”.` };
  }
  if (values.delete) {
    await backend.call('savedSearches.delete', { id: found.id });
    return { json: { deleted: found.id }, text: `Deleted the saved search “${found.name}”.` };
  }
  return { query: found.query, filters: found.filters };
}

const searchCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, SEARCH_OPTIONS);
  let query = positionals.join(' ');
  let filters = searchFilters(values);
  if (values.saved) {
    // `search --saved NAME [--rename NEW | --delete]`, or `search --saved` for the list.
    const saved = await savedSearchOutcome(backend, query, values);
    if ('json' in saved) return saved;
    ({ query, filters } = saved);
  } else if (values.rename !== undefined || values.delete) {
    throw new UsageError('--rename and --delete act on a saved search: search --saved NAME --rename NEW');
  }
  if (values.save !== undefined) {
    const saved = await backend.call('savedSearches.save', { name: values.save, query: need(query, 'QUERY'), filters });
    return { json: saved, text: `Saved “${saved.query}” as “${saved.name}” (${saved.id}).` };
  }
  const { results, ranking, scanStopped, aliases } = await backend.call('search.query', {
    query: need(query, 'QUERY'),
    ...filters,
    ...(values.limit && { limit: Number(values.limit) }),
  });
  const notes = [
    ...aliases.map((a) => `Also searched for ${a.spellings.join(', ')} (aliases of ${a.name}).`),
    ...(ranking === 'recent'
      ? ['So much matches that the newest come first, not the most relevant: add a word or a filter.']
      : []),
    ...(scanStopped ? ['Older matches may exist: narrow the search to reach them.'] : []),
  ];
  return {
    json: {
      results: results.map(({ kind, id, title, snippet, grade, matchedAliases }) => ({
        kind,
        id,
        title,
        snippet,
        ...(grade && { grade }),
        ...(matchedAliases && { matchedAliases }),
      })),
      ranking,
      scanStopped,
      aliases,
    },
    text: [
      ...notes,
      results
        .map(
          (r) =>
            `${r.kind.padEnd(8)} ${r.id}  ${r.grade ? `${r.grade} ` : ''}${r.title}${r.matchedAliases ? ` (matched alias ${r.matchedAliases.join(', ')})` : ''}\n         ${r.snippet}`,
        )
        .join('\n') || 'No results.',
    ].join('\n'),
  };
};

const verifyCommand: Command = async (backend, argv) => {
  const { values } = parse(argv, { anchor: { type: 'string' } });
  const anchors = readAnchors(values.anchor);
  const report = await backend.call('library.verify', anchors ? { anchors } : {});
  const text = [
    ...report.checks.map(
      (c) =>
        `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.problems.length ? `\n${c.problems.map((p) => `     - ${p}`).join('\n')}` : ''}${c.notes?.length ? `\n${c.notes.map((n) => `     note: ${n}`).join('\n')}` : ''}`,
    ),
    ...(report.head ? [`audit head: ${report.head.seq} ${report.head.hash}`] : []),
  ].join('\n');
  return { json: report, text, exitCode: report.ok ? 0 : 1 };
};

const configCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  if (positionals[0] !== 'analyst') throw new UsageError('config supports: analyst NAME');
  const name = need(positionals.slice(1).join(' '), 'NAME');
  await backend.call('settings.setAnalyst', { name });
  return { json: { analyst: name }, text: `Changes to this library are now recorded as ${name}.` };
};

const reindexCommand: Command = async (backend) => {
  const { jobId } = await backend.call('search.reindex', {});
  const state = await backend.jobs.wait(jobId);
  return { json: state.result, text: `Reindexed ${(state.result as { indexed: number }).indexed} fields.` };
};

/**
 * Every command that writes a file reports it the same way: `path` (absolute) and `size` (bytes)
 * in --json, then what it holds; "Wrote PATH (…)" for a person.
 */
function wroteFile(file: { path: string; size: number }, counts: Record<string, number>, described: string): Outcome {
  const details = [described, `${file.size} bytes`].filter(Boolean).join(', ');
  return {
    json: { path: path.resolve(file.path), size: file.size, ...counts },
    text: `Wrote ${path.resolve(file.path)} (${details})`,
  };
}

function writeOut(out: string, content: string): { path: string; size: number } {
  writeFileAtomically(out, content);
  return { path: out, size: Buffer.byteLength(content) };
}

const exportAnnotationsCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' } });
  const out = need(values.out, '--out FILE');
  const { annotations } = await backend.call('excerpts.exportAnnotations', {
    id: need(positionals[0], 'ARTICLE_ID or CASE_ID'),
  });
  const file = writeOut(out, `${JSON.stringify(annotations, null, 2)}\n`);
  return wroteFile(file, { annotations: annotations.length }, `${annotations.length} W3C annotations`);
};

async function runJob(backend: Backend, jobId: string) {
  const stop = backend.onEvent((event, payload) => {
    if (event === 'job.progress' && process.stderr.isTTY) {
      const p = (payload as { progress: { done: number; total: number; current: string } }).progress;
      process.stderr.write(`\r${p.done}/${p.total} ${p.current.slice(-60).padEnd(60)}`);
    }
  });
  const state = await backend.jobs.wait(jobId);
  stop();
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(80) + '\r');
  if (state.status === 'failed')
    throw new ContractError((state.error?.code ?? 'internal') as never, state.error?.message ?? 'The job failed.');
  return state.result;
}

const exportCaseCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' } });
  const out = need(values.out, '--out FILE');
  const { jobId } = await backend.call('cases.exportFile', { id: need(positionals[0], 'CASE_ID'), path: out });
  const result = (await runJob(backend, jobId)) as { path: string; entries: number; size: number };
  return wroteFile(result, { entries: result.entries }, `${result.entries} entries`);
};

const importCaseCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const { jobId } = await backend.call('cases.importFile', { path: need(positionals[0], 'FILE') });
  const result = (await runJob(backend, jobId)) as {
    title: string;
    created: Record<string, number>;
    updated: number;
    conflicts: unknown[];
    reanchored: string[];
    orphaned: string[];
  };
  const created =
    Object.entries(result.created)
      .filter(([, n]) => n)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'nothing new';
  return {
    json: result,
    text: [
      `Imported “${result.title}”: ${created}; ${result.updated} updated; ${result.conflicts.length} conflicts to resolve.`,
      ...(result.reanchored.length
        ? [`${result.reanchored.length} excerpts were placed by fuzzy matching in your copy of their article.`]
        : []),
      ...(result.orphaned.length
        ? [`${result.orphaned.length} excerpts could not be placed and are flagged: ${result.orphaned.join(', ')}`]
        : []),
    ].join('\n'),
  };
};

const exportStixCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' } });
  const out = need(values.out, '--out FILE.json');
  const { bundle } = await backend.call('cases.exportStix', { id: need(positionals[0], 'CASE_ID') });
  const file = writeOut(out, `${JSON.stringify(bundle, null, 2)}\n`);
  const objects = (bundle as { objects: unknown[] }).objects.length;
  return wroteFile(file, { objects }, `a STIX 2.1 bundle of ${objects} objects`);
};

const reportCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' }, 'group-by': { type: 'string' } });
  const out = need(values.out, '--out FILE.html or FILE.pdf');
  const id = need(positionals[0], 'CASE_ID');
  const groupBy = oneOf(values['group-by'] ?? 'date', ['date', 'entity'] as const, '--group-by');
  if (/\.pdf$/i.test(out)) {
    const { jobId } = await backend.call('cases.reportPdf', { id, groupBy, path: out });
    const result = (await runJob(backend, jobId)) as { path: string; size: number };
    return wroteFile(result, {}, 'PDF report');
  }
  if (!/\.html?$/i.test(out)) throw new UsageError('--out must end in .html or .pdf');
  const { html } = await backend.call('cases.report', { id, groupBy });
  return wroteFile(writeOut(out, html), {}, 'HTML report');
};

const exportCsvCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { out: { type: 'string' }, what: { type: 'string' } });
  const out = need(values.out, '--out FILE.csv');
  const what = oneOf(values.what ?? 'excerpts', ['excerpts', 'entities'] as const, '--what');
  const { csv } = await backend.call('cases.exportCsv', { id: need(positionals[0], 'CASE_ID'), what });
  const rows = csv.split('\r\n').length - 2;
  return wroteFile(writeOut(out, csv), { rows }, `${rows} ${what} rows`);
};

const undoMergeCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  await backend.call('merges.undo', { id: need(positionals[0], 'MERGE_ID') });
  return { json: { undone: positionals[0] }, text: 'Merge undone.' };
};

/** Moves articles (with their excerpts, mentions and case items) to the Trash; `trash restore` undoes it. */
const deleteCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  if (!positionals.length) throw new UsageError('delete needs at least one ARTICLE_ID');
  const { items } = await backend.call('articles.delete', { ids: positionals });
  return {
    json: { trashed: items },
    text: items
      .map((i) => `Moved “${articleLabel(i.title)}” to the Trash (undo with: casefile trash restore ${i.articleId})`)
      .join('\n'),
  };
};

/** The Trash: list it, restore from it, or empty it (all, or the articles named). */
const trashCommand: Command = async (backend, argv) => {
  const { positionals } = parse(argv, {});
  const [sub = 'list', ...ids] = positionals;
  if (sub === 'list') {
    const { items } = await backend.call('trash.list', {});
    return {
      json: { items },
      text: items.length
        ? items
            .map(
              (i) =>
                `${i.articleId}  ${articleLabel(i.title)}  (deleted ${i.trashedAt} by ${i.trashedBy}; ${i.excerpts} excerpts, ${i.mentions} mentions, ${i.caseItems} case items)`,
            )
            .join('\n')
        : 'The Trash is empty.',
    };
  }
  if (sub === 'restore') {
    if (!ids.length) throw new UsageError('trash restore needs at least one ARTICLE_ID');
    const outcome = await backend.call('articles.restore', { ids });
    const dropped = outcome.dropped.length ? ` (not restored, gone meanwhile: ${outcome.dropped.join(', ')})` : '';
    return { json: outcome, text: `Restored ${outcome.restored.length} article(s)${dropped}.` };
  }
  if (sub === 'empty') {
    const outcome = await backend.call('trash.empty', ids.length ? { ids } : {});
    return {
      json: outcome,
      text: `Removed ${outcome.emptied.length} article(s) for good, and ${outcome.originalsRemoved.length} original(s) nothing else needed.`,
    };
  }
  throw new UsageError('trash needs a subcommand: list, restore or empty');
};

/** The watch list: terms flagged in every new capture or import, and the hits found. */
const watchCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, { unseen: { type: 'boolean', default: false } });
  const [sub = 'list', ...rest] = positionals;
  if (sub === 'list') {
    const { items } = await backend.call('watch.list', {});
    return {
      json: { items },
      text: items.length
        ? items.map((t) => `${t.id}  ${t.term}  (${t.hits} hit${t.hits === 1 ? '' : 's'})`).join('\n')
        : 'No watch terms yet (add one with: casefile watch add TERM).',
    };
  }
  if (sub === 'add') {
    const { scanNeeded, ...term } = await backend.call('watch.add', { term: need(rest.join(' '), 'TERM') });
    if (scanNeeded) {
      // A large library is looked through as a job, batch by batch: wait for it.
      const scan = await backend.jobs.wait((await backend.call('watch.scan', { id: term.id })).jobId);
      if (scan.status !== 'done') throw new Error(scan.error?.message ?? 'The look through stored articles stopped.');
      term.hits = (scan.result as { hits: number }).hits;
    }
    const found = `${term.hits} hit${term.hits === 1 ? '' : 's'} in the articles already stored`;
    return {
      json: term,
      text: `Watching “${term.term}” (${term.id}) in every new capture and import; ${found}.`,
    };
  }
  if (sub === 'remove') {
    const id = need(rest[0], 'TERM_ID');
    await backend.call('watch.remove', { id });
    return { json: { removed: id }, text: 'No longer watched (its earlier hits are kept).' };
  }
  if (sub === 'hits') {
    const hits = await backend.call('watch.hits', { unseenOnly: values.unseen });
    return {
      json: hits,
      text: hits.items.length
        ? hits.items
            .map(
              (h) =>
                `${h.seen ? ' ' : '*'} ${h.term} in “${h.articleTitle}” (${h.articleId}): ${h.context.before}[${h.context.match}]${h.context.after}`,
            )
            .join('\n')
        : 'No hits.',
    };
  }
  if (sub === 'seen') {
    const outcome = await backend.call('watch.markSeen', rest.length ? { ids: rest } : {});
    return { json: outcome, text: `${outcome.marked} hit(s) marked seen.` };
  }
  throw new UsageError('watch needs a subcommand: list, add, remove, hits or seen');
};

/** The link chart's graph (a case's, or the whole library's) as GraphML or GEXF for Gephi. */
const exportGraphCommand: Command = async (backend, argv) => {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    format: { type: 'string' },
    all: { type: 'boolean', default: false },
  });
  const out = need(values.out, '--out FILE.graphml or FILE.gexf');
  const fromExtension = /\.(graphml|gexf)$/i.exec(out)?.[1]?.toLowerCase();
  const format = oneOf(values.format ?? fromExtension, ['graphml', 'gexf'] as const, '--format');
  if (values.all === Boolean(positionals[0]))
    throw new UsageError('export-graph needs either a CASE_ID or --all (not both)');
  const { xml, nodes, edges } = await backend.call('graph.export', {
    format,
    coMentions: true,
    ...(positionals[0] ? { caseId: positionals[0] } : {}),
  });
  writeFileAtomically(out, xml);
  return {
    json: { path: path.resolve(out), format, nodes, edges },
    text: `Wrote ${nodes} entities and ${edges} links to ${out} (${format})`,
  };
};

export const COMMANDS: Record<string, Command> = {
  'export-case': exportCaseCommand,
  'export-stix': exportStixCommand,
  'export-csv': exportCsvCommand,
  report: reportCommand,
  'import-case': importCaseCommand,
  'export-annotations': exportAnnotationsCommand,
  'undo-merge': undoMergeCommand,
  delete: deleteCommand,
  trash: trashCommand,
  watch: watchCommand,
  import: importCommand,
  list: listCommand,
  show: showCommand,
  source: sourceCommand,
  excerpt: excerptCommand,
  entity: entityCommand,
  case: caseCommand,
  search: searchCommand,
  verify: verifyCommand,
  config: configCommand,
  reindex: reindexCommand,
  capture: captureCommand,
  'export-warc': exportWarcCommand,
  network: networkCommand,
  'export-graph': exportGraphCommand,
  head: headCommand,
  backup: backupCommand,
  backups: backupsCommand,
};
