// Saved searches: a query and its filters under a name; listed by name, renamed, deleted, each an
// audited change that verify replays (and a change made behind Casefile's back shows).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestBackend, tempLibraryPath } from '../testing/tempLibrary';

describe('saved searches', () => {
  it('save, list, rerun, rename and delete, with names unique regardless of case', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', {
      text: '혜산 세관 customs',
      title: 'Korean',
      language: 'ko',
    });
    await backend.call('articles.createFromText', { text: 'customs in English', title: 'English', language: 'en' });
    const saved = await backend.call('savedSearches.save', {
      name: 'Korean customs',
      query: 'customs',
      filters: { language: 'ko', kinds: ['article'] },
    });
    expect(saved).toMatchObject({ name: 'Korean customs', query: 'customs', createdBy: 'Test Analyst' });
    const second = await backend.call('savedSearches.save', { name: 'all customs', query: 'customs' });
    expect((await backend.call('savedSearches.list', {})).items.map((s) => s.name)).toEqual([
      'all customs',
      'Korean customs',
    ]);
    // Running it is a search with what was saved.
    const [stored] = (await backend.call('savedSearches.list', {})).items.filter((s) => s.id === saved.id);
    const rerun = await backend.call('search.query', { query: stored!.query, ...stored!.filters });
    expect(rerun.results.map((r) => r.id)).toEqual([article.id]);

    expect(await backend.dispatch('savedSearches.save', { name: 'KOREAN CUSTOMS', query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('already called') },
    });
    expect(await backend.dispatch('savedSearches.rename', { id: second.id, name: 'korean customs' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await backend.dispatch('savedSearches.save', { name: '  ', query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await backend.dispatch('savedSearches.save', { name: 'bad', query: 'x', filters: { minCredibility: 9 } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const renamed = await backend.call('savedSearches.rename', { id: saved.id, name: 'Hangul customs' });
    expect(renamed.filters).toEqual({ language: 'ko', kinds: ['article'] });
    await backend.call('savedSearches.delete', { id: second.id });
    expect((await backend.call('savedSearches.list', {})).items.map((s) => s.name)).toEqual(['Hangul customs']);
    expect(await backend.dispatch('savedSearches.delete', { id: second.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const report = await backend.call('library.verify', {});
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    await backend.close();
  });

  it('shows in verify when a saved search is changed outside Casefile', async () => {
    const libraryPath = tempLibraryPath();
    const backend = openTestBackend(libraryPath);
    const saved = await backend.call('savedSearches.save', { name: 'Border', query: 'Hyesan' });
    await backend.close();
    const raw = new Database(libraryPath);
    raw.prepare("UPDATE saved_searches SET query = 'Sinuiju' WHERE id = ?").run(saved.id);
    raw.close();
    const reopened = openTestBackend(libraryPath);
    const report = await reopened.call('library.verify', {});
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report.checks.filter((c) => !c.ok))).toContain(saved.id);
    await reopened.close();
  });
});
