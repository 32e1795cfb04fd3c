// `casefile search` with filters and saved searches: the same answers as the contract, one JSON
// document with --json, and clear errors for an unknown entity or saved search.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../backend/backend';
import { tempDir } from '../backend/testing/tempLibrary';
import { runCasefile } from './runCasefile';

async function seeded() {
  const library = path.join(tempDir(), 'lib.casefile');
  const backend = new Backend({ libraryPath: library, analyst: 'CLI Tester' });
  const english = await backend.call('articles.createFromText', {
    text: 'Customs officers in Hyesan seized masks.',
    title: 'English',
    language: 'en',
    published: { value: '2020-03', qualifier: '' },
  });
  const korean = await backend.call('articles.createFromText', {
    text: '혜산 세관 customs 단속',
    title: 'Korean',
    language: 'ko',
    published: { value: '2021', qualifier: '' },
  });
  const entity = await backend.call('entities.create', { name: 'Hyesan', type: 'location', aliases: ['혜산'] });
  await backend.call('mentions.create', { entityId: entity.id, articleId: english.article.id, quote: 'Hyesan' });
  await backend.close();
  return { library, english: english.article.id, korean: korean.article.id, entity: entity.id };
}

const run = (library: string, ...args: string[]) =>
  runCasefile(['--library', library, '--analyst', 'CLI Tester', '--json', ...args]);

async function json(library: string, ...args: string[]) {
  const result = await run(library, ...args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

const ids = (answer: { results: { id: string }[] }) => answer.results.map((r) => r.id).sort();

describe('casefile search', () => {
  it('filters by language, publication date, entity and kind', async () => {
    const { library, english, korean, entity } = await seeded();
    expect(ids(await json(library, 'search', 'customs', '--lang', 'ko'))).toEqual([korean]);
    expect(ids(await json(library, 'search', 'customs', '--published-from', '2021'))).toEqual([korean]);
    expect(ids(await json(library, 'search', 'customs', '--published-to', '2020-12'))).toEqual([english]);
    expect(ids(await json(library, 'search', 'customs', '--entity', entity, '--kind', 'article'))).toEqual([english]);
    // The entity's Hangul alias finds the Korean article, and the result says so.
    const byName = await json(library, 'search', 'Hyesan', '--kind', 'article');
    expect(byName.aliases).toEqual([{ entityId: entity, name: 'Hyesan', spellings: ['혜산'] }]);
    expect(byName.results.find((r: { id: string }) => r.id === korean)).toMatchObject({ matchedAliases: ['혜산'] });
    const unknown = await run(library, 'search', 'customs', '--entity', randomUUID());
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('No entity has the id');
    const badCredibility = await run(library, 'search', 'customs', '--min-credibility', '9');
    expect(badCredibility.status).not.toBe(0);
    expect(badCredibility.stderr).toContain('--min-credibility must be one of');
  });

  it('saves a search with its filters, lists, runs, renames and deletes it', async () => {
    const { library, korean } = await seeded();
    const saved = await json(library, 'search', 'customs', '--lang', 'ko', '--save', 'Korean customs');
    expect(saved).toMatchObject({ name: 'Korean customs', query: 'customs', filters: { language: 'ko' } });
    expect((await json(library, 'search', '--saved')).items.map((s: { name: string }) => s.name)).toEqual([
      'Korean customs',
    ]);
    expect(ids(await json(library, 'search', '--saved', 'korean customs'))).toEqual([korean]);
    await json(library, 'search', '--saved', 'Korean customs', '--rename', 'Hangul');
    expect(ids(await json(library, 'search', '--saved', 'Hangul'))).toEqual([korean]);
    const missing = await run(library, 'search', '--saved', 'Korean customs');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('No saved search is called “Korean customs”');
    expect(await json(library, 'search', '--saved', 'Hangul', '--delete')).toEqual({ deleted: saved.id });
    expect((await json(library, 'search', '--saved')).items).toEqual([]);
    // Saving changes the library: a read-only library refuses it, and still searches.
    const readOnly = await run(library, '--read-only', 'search', 'customs', '--save', 'x');
    expect(readOnly.status).not.toBe(0);
    expect(readOnly.stderr).toContain('read-only');
    expect((await json(library, '--read-only', 'search', 'customs')).results).toHaveLength(2);
  });
});
