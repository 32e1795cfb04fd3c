import { describe, expect, it } from 'vitest';
import { caseFileName, createdPhrases, isNothingNew, type CaseImportResult } from './importSummary';

const none = {
  articles: 0,
  sources: 0,
  ratings: 0,
  excerpts: 0,
  entities: 0,
  aliases: 0,
  mentions: 0,
  relationships: 0,
  caseItems: 0,
};
const result = (patch: Partial<CaseImportResult>): CaseImportResult => ({
  caseId: 'c',
  title: 'T',
  created: none,
  updated: 0,
  conflicts: [],
  reanchored: [],
  orphaned: [],
  ...patch,
});

describe('createdPhrases', () => {
  it('names what was created, singular or plural, and leaves out zeros', () => {
    expect(createdPhrases({ ...none, articles: 1, excerpts: 5, ratings: 2 })).toEqual([
      '1 article',
      '2 ratings',
      '5 excerpts',
    ]);
  });
});

describe('isNothingNew', () => {
  it('is true only when nothing was created, updated, in conflict or re-anchored', () => {
    expect(isNothingNew(result({}))).toBe(true);
    expect(isNothingNew(result({ updated: 1 }))).toBe(false);
    expect(isNothingNew(result({ conflicts: [{ id: 'x', objectKind: 'source', objectId: 'y' }] }))).toBe(false);
    expect(isNothingNew(result({ created: { ...none, ratings: 1 } }))).toBe(false);
  });
});

describe('caseFileName', () => {
  it('keeps the title, including non-Latin letters and dashes, and drops what file systems refuse', () => {
    expect(caseFileName('Kimbongsokyong Trading Company — border smuggling')).toBe(
      'Kimbongsokyong Trading Company — border smuggling.casefile.zip',
    );
    expect(caseFileName('a/b: c?', 'stix.json')).toBe('a_b_ c_.stix.json');
    expect(caseFileName('  ')).toBe('case.casefile.zip');
  });
});
