// What each contract method does to the library, declared once. The backend announces
// `library.changed` from these declarations (never from a method's name), and the renderer
// refetches exactly the cached reads whose kinds changed. `satisfies` makes the map exhaustive:
// a new method does not compile until its effect is declared here.
import type { MethodName } from './methods';
import { OBJECT_KINDS } from './objectKinds';

/** What a change can touch: every object kind, plus the library's own state. */
export const CHANGE_KINDS = [
  ...OBJECT_KINDS,
  'rating',
  'tag',
  'conflict',
  'settings',
  'backup',
  'library',
  'trash',
  'watch',
  'savedSearch',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type Effect =
  /** Reads only; `reads` lists the kinds whose changes make its answer stale. */
  | { effect: 'read'; reads: readonly ChangeKind[] }
  /** Changes `writes` when it returns. */
  | { effect: 'write'; writes: readonly ChangeKind[] }
  /** Starts a job (returns a JobHandle); `writes` changes when the job finishes or is cancelled part-way. */
  | { effect: 'job'; writes: readonly ChangeKind[] };

const read = (...reads: ChangeKind[]): Effect => ({ effect: 'read', reads });
const write = (...writes: ChangeKind[]): Effect => ({ effect: 'write', writes });
const job = (...writes: ChangeKind[]): Effect => ({ effect: 'job', writes });

/** Everything an object can show: used by reads that gather from across the library. */
const ANY: ChangeKind[] = [...CHANGE_KINDS];

export const effects = {
  'library.info': read(...ANY),
  'library.verify': read(...ANY),
  'library.open': write('library'),
  'library.recent': read('library'),
  'settings.setAnalyst': write('settings'),
  'objects.show': read(...ANY),

  'articles.createFromText': write('article', 'source', 'watch'),
  'articles.get': read('article', 'source', 'case'),
  'articles.list': read('article', 'source', 'rating', 'excerpt', 'case', 'tag', 'entity', 'mention', 'watch'),
  'articles.updateMetadata': write('article', 'source'),
  'articles.original': read('article'),
  'articles.originalView': read('article'),
  'articles.importFiles': job('article', 'source', 'watch'),
  'articles.delete': write('article', 'excerpt', 'mention', 'case', 'tag', 'relationship', 'trash', 'watch'),
  'articles.restore': write('article', 'excerpt', 'mention', 'case', 'tag', 'relationship', 'trash', 'watch'),
  'trash.list': read('trash'),
  'trash.empty': write('trash'),
  'watch.list': read('watch'),
  'watch.add': write('watch'),
  'watch.remove': write('watch'),
  'watch.scan': job('watch'),
  'watch.hits': read('watch', 'article'),
  'watch.markSeen': write('watch'),

  'sources.create': write('source'),
  'sources.update': write('source'),
  'sources.delete': write('source', 'excerpt', 'article'),
  'sources.get': read('source', 'rating', 'excerpt'),
  'sources.list': read('source', 'rating', 'excerpt'),
  'sources.rate': write('rating', 'source'),
  'sources.merge': write('source', 'rating', 'excerpt', 'article', 'case'),
  'merges.undo': write('source', 'rating', 'excerpt', 'article', 'case', 'entity', 'mention', 'relationship'),
  'reliability.matrix': read('excerpt', 'source', 'rating', 'case'),

  'excerpts.create': write('excerpt'),
  'excerpts.get': read('excerpt', 'source', 'rating'),
  'excerpts.update': write('excerpt', 'tag'),
  'excerpts.delete': write('excerpt', 'mention', 'case'),
  'excerpts.exportAnnotations': read('excerpt', 'article', 'source', 'rating'),
  'excerpts.list': read('excerpt', 'source', 'rating', 'case', 'article', 'tag'),

  'entities.create': write('entity'),
  'entities.update': write('entity', 'tag'),
  'entities.addAlias': write('entity', 'mention'),
  'entities.removeAlias': write('entity', 'mention'),
  'entities.get': read('entity'),
  'entities.list': read('entity', 'mention'),
  'entities.suggest': read('entity', 'mention', 'article'),
  'entities.scan': job(),
  'entities.merge': write('entity', 'mention', 'relationship', 'case'),
  'entities.splitAlias': write('entity', 'mention'),
  'entities.page': read(...ANY),
  'entities.spellings': read('entity'),
  'entities.acceptSpellings': write('entity', 'mention'),
  'entities.dismissSpellings': write('entity'),
  'romanise.text': read(),
  'mentions.create': write('mention'),
  'mentions.dismiss': write('mention'),
  'mentions.acceptAll': write('mention'),
  'mentions.delete': write('mention'),
  'mentions.list': read('mention', 'entity'),
  'relationships.create': write('relationship'),
  'relationships.delete': write('relationship'),
  'relationships.list': read('relationship', 'entity', 'excerpt'),

  'cases.create': write('case'),
  'cases.update': write('case'),
  'cases.get': read('case'),
  'cases.list': read('case'),
  'cases.addItems': write('case'),
  'cases.removeItems': write('case'),
  'cases.exportFile': job(),
  'cases.importFile': job(...ANY),
  'cases.exportStix': read(...ANY),
  'cases.report': read(...ANY),
  'cases.reportPdf': job(),
  'cases.exportCsv': read(...ANY),
  'conflicts.list': read('conflict'),
  'conflicts.resolve': write(...ANY),

  'tags.list': read('tag', 'excerpt', 'entity', 'article'),
  'search.query': read(...ANY),
  'search.reindex': job(),
  'savedSearches.list': read('savedSearch'),
  'savedSearches.save': write('savedSearch'),
  'savedSearches.rename': write('savedSearch'),
  'savedSearches.delete': write('savedSearch'),

  'web.capture': job('article', 'source', 'watch'),
  'web.getCapture': read('article'),
  'web.getNetwork': read('settings'),
  'web.setNetwork': write('settings'),
  'web.snapshotEngine': read(),
  'web.exportWarc': read('article', 'case'),
  'web.snapshot': read('article'),

  'graph.build': read('entity', 'relationship', 'mention', 'excerpt', 'source', 'rating', 'case'),
  'graph.export': read('entity', 'relationship', 'mention', 'excerpt', 'source', 'rating', 'case'),
  'timeline.build': read('excerpt', 'article', 'source', 'rating', 'case', 'mention', 'entity'),

  'library.head': read(...ANY),
  'backups.create': write('backup'),
  'backups.list': read('backup'),
  // Files outside the library: nothing in it changes.
  'files.save': read(),
  'files.chooseSaveTarget': read(),
  'files.reveal': read(),

  'jobs.get': read(),
  'jobs.cancel': read(),
} as const satisfies Record<MethodName, Effect>;

/** The kinds a successful call (or a finished job) changed; empty for reads. */
export function changedKinds(method: MethodName): readonly ChangeKind[] {
  const declared: Effect = effects[method];
  return declared.effect === 'read' ? [] : declared.writes;
}

/**
 * Whether `name` is a contract method. Answered from this table (every method has its effect), not
 * from `methods`, so that asking does not build every method's zod schemas (the renderer asks at start-up).
 */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(effects, name);
}

/** Whether a read's answer may be stale after a change to `changed`. A change of library stales everything. */

export function isStale(method: MethodName, changed: readonly string[]): boolean {
  const declared: Effect = effects[method];
  if (changed.includes('library')) return true;
  if (declared.effect !== 'read') return false;
  return declared.reads.some((kind) => changed.includes(kind));
}
