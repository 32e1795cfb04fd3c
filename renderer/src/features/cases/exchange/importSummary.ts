// Words for what a case-file import did, from the backend's counts.
import { safeFileName } from '../../../../../shared/domain/fileNames';
import type { JobResult } from '../../../../../shared/contract/methods';

export type CaseImportResult = JobResult<'cases.importFile'>;

const NOUNS: Record<string, [string, string]> = {
  articles: ['article', 'articles'],
  excerpts: ['excerpt', 'excerpts'],
  sources: ['source', 'sources'],
  ratings: ['rating', 'ratings'],
  entities: ['entity', 'entities'],
  aliases: ['alias', 'aliases'],
  mentions: ['mention', 'mentions'],
  relationships: ['relationship', 'relationships'],
  caseItems: ['case item', 'case items'],
};

/** "1 article", "5 excerpts"… for every kind with something new, in the backend's order. */
export function createdPhrases(created: Record<string, number>): string[] {
  return Object.entries(created)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => {
      const [one, many] = NOUNS[kind] ?? [kind, kind];
      return `${n} ${n === 1 ? one : many}`;
    });
}

/** True when the library already had everything the file holds (e.g. the same file imported twice). */
export function isNothingNew(result: CaseImportResult): boolean {
  return (
    createdPhrases(result.created).length === 0 &&
    result.updated === 0 &&
    result.conflicts.length === 0 &&
    result.reanchored.length === 0 &&
    result.orphaned.length === 0
  );
}

/** "<title>.casefile.zip", safe as a file name on every system (a slash in a title is no folder). */
export function caseFileName(title: string, extension = 'casefile.zip'): string {
  return `${safeFileName(title.replaceAll('/', '_').replaceAll('\\', '_').slice(0, 120), 'case')}.${extension}`;
}
