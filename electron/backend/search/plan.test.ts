// The query planner must not change what search finds: where the match set is small enough to
// rank, the top documents are exactly those of the bare FTS5 bm25 query on the same file; where it
// is too large, the newest matches come first and the answer says so; hostile input never throws.
import { describe, expect, it } from 'vitest';
import { seedRealisticLibrary } from '../testing/seedRealistic';
import { toFtsQuery } from '../../../shared/domain/searchText';
import { openTestBackend, tempLibraryPath } from '../testing/tempLibrary';
import { RANK_LIMIT } from './plan';

/** The bare bm25 query, mapped from index rows to objects (an article's title and text are one hit). */
function bareTop(db: import('better-sqlite3').Database, query: string, limit: number, kinds?: string[]): string[] {
  const rows = db
    .prepare(
      'SELECT d.object_id, d.object_kind FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank',
    )
    .all(toFtsQuery(query)) as { object_id: string; object_kind: string }[];
  const ids: string[] = [];
  for (const row of rows) {
    if (kinds && !kinds.includes(row.object_kind)) continue;
    if (!ids.includes(row.object_id)) ids.push(row.object_id);
  }
  return ids.slice(0, limit);
}

describe('search query planning', () => {
  it('returns the bare bm25 top documents when the match set is small enough to rank', async () => {
    const libraryPath = tempLibraryPath();
    seedRealisticLibrary(libraryPath, { articles: 120, excerptsPerArticle: 2, entities: 30 });
    const backend = openTestBackend(libraryPath);
    const db = backend.library.db;
    const queries = [
      'government',
      'gov',
      'Kimbongsokyong',
      'president people',
      '"the government"',
      '세관',
      'Kim Yo',
      'facebook privacy',
    ];
    let compared = 0;
    for (const query of queries) {
      const matches = (
        db.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(toFtsQuery(query)) as {
          n: number;
        }
      ).n;
      expect(matches, query).toBeLessThanOrEqual(RANK_LIMIT);
      const answer = await backend.call('search.query', { query, limit: 20 });
      expect(answer.ranking, query).toBe('relevance');
      expect(
        answer.results.map((r) => r.id),
        query,
      ).toEqual(bareTop(db, query, 20));
      const articlesOnly = await backend.call('search.query', { query, limit: 20, kinds: ['article'] });
      expect(
        articlesOnly.results.map((r) => r.id),
        query,
      ).toEqual(bareTop(db, query, 20, ['article']));
      if (answer.results.length > 1) compared++;
    }
    // The comparison means something only if several queries had several hits to order.
    expect(compared).toBeGreaterThanOrEqual(5);
    await backend.close();
  });

  it('lists the newest matches first, and says so, when there are too many to rank', async () => {
    const libraryPath = tempLibraryPath();
    seedRealisticLibrary(libraryPath, { articles: 150, excerptsPerArticle: 10, entities: 10 });
    const backend = openTestBackend(libraryPath);
    const db = backend.library.db;
    const matches = (
      db.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(toFtsQuery('the')) as {
        n: number;
      }
    ).n;
    expect(matches).toBeGreaterThan(RANK_LIMIT);
    const answer = await backend.call('search.query', { query: 'the', limit: 20, kinds: ['article'] });
    expect(answer.ranking).toBe('recent');
    expect(answer.results).toHaveLength(20);
    const capturedAt = answer.results.map(
      (r) =>
        (db.prepare('SELECT captured_at FROM articles WHERE id = ?').get(r.id) as { captured_at: string }).captured_at,
    );
    expect(capturedAt).toEqual([...capturedAt].sort().reverse());
    expect(capturedAt[0]).toBe((db.prepare('SELECT max(captured_at) AS m FROM articles').get() as { m: string }).m);
    // Every hit still shows its match marked.
    for (const r of answer.results) expect(r.highlights.length, r.title).toBeGreaterThan(0);
    await backend.close();
  });

  it('marks prefix and apostrophe-variant matches in snippets, at word starts only', async () => {
    const backend = openTestBackend();
    await backend.call('articles.createFromText', {
      text: 'Customs officers were accustomed to Kim’s visits to the customs house.',
      title: 'Port',
    });
    const [hit] = (await backend.call('search.query', { query: "kim's cust" })).results;
    expect(hit!.highlights.map((h) => hit!.snippet.slice(h.start, h.end))).toEqual(['Cust', 'Kim’s', 'cust']);
    // Only the word being typed is a prefix: "cust" finished with a space finds no "customs".
    expect((await backend.call('search.query', { query: "cust kim's" })).results).toEqual([]);
    await backend.close();
  });

  it('answers hostile queries with an empty result or a clear error, never an exception', async () => {
    const backend = openTestBackend();
    await backend.call('articles.createFromText', {
      text: 'Hyesan 혜산 customs "quoted" NEAR the border',
      title: 'Border',
    });
    const hostile = [
      'x'.repeat(1000),
      '!?.,;:—()[]{}',
      'NEAR(',
      '*',
      '"',
      'col:',
      'body:customs',
      '^',
      'NOT',
      '혜',
      '\u0000',
      '\uD800',
      '"unclosed phrase',
      'a'.repeat(40),
    ];
    for (const query of hostile) {
      const envelope = await backend.dispatch('search.query', { query });
      expect(envelope.ok, JSON.stringify(query).slice(0, 40)).toBe(true);
    }
    const tooLong = await backend.dispatch('search.query', { query: 'x'.repeat(1001) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // A pasted paragraph: a clear error saying what to do, not a slow walk of a hundred doclists.
    const paragraph = await backend.dispatch('search.query', {
      query: `${'Hyesan customs border '.repeat(45)}`.slice(0, 1000),
    });
    expect(paragraph).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('up to 32 words') },
    });
    await backend.close();
  });
});

describe('searching an entity by name', () => {
  it('finds articles that use only another spelling of it, in another script, and says so', async () => {
    const backend = openTestBackend();
    const korean = await backend.call('articles.createFromText', {
      text: '김여정 부부장이 담화를 발표했다.',
      title: '담화',
      language: 'ko',
    });
    const english = await backend.call('articles.createFromText', {
      text: 'Kim Yo Jong issued a statement.',
      title: 'Statement',
    });
    const unrelated = await backend.call('articles.createFromText', {
      text: 'Kim Jong Un visited a factory.',
      title: 'Factory',
    });
    // Before the names are known to be one entity, each spelling finds only itself.
    expect(
      (await backend.call('search.query', { query: 'Kim Yo-jong', kinds: ['article'] })).results.map((r) => r.id),
    ).toEqual([english.article.id]);
    const entity = await backend.call('entities.create', {
      name: 'Kim Yo-jong',
      type: 'person',
      aliases: ['Kim Yo Jong', '김여정'],
    });
    const answer = await backend.call('search.query', { query: 'Kim Yo-jong', kinds: ['article'] });
    expect(answer.results.map((r) => r.id).sort()).toEqual([korean.article.id, english.article.id].sort());
    expect(answer.results.map((r) => r.id)).not.toContain(unrelated.article.id);
    expect(answer.aliases).toEqual([{ entityId: entity.id, name: 'Kim Yo-jong', spellings: ['김여정'] }]);
    const hit = answer.results.find((r) => r.id === korean.article.id)!;
    expect(hit.highlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(['김여정']);
    // The hit says it was found by the alias; the one with the typed spelling says nothing.
    expect(hit.matchedAliases).toEqual(['김여정']);
    expect(answer.results.find((r) => r.id === english.article.id)!.matchedAliases).toBeUndefined();
    // And from the Hangul side.
    const fromHangul = await backend.call('search.query', { query: '김여정', kinds: ['article'] });
    expect(fromHangul.results.map((r) => r.id).sort()).toEqual([korean.article.id, english.article.id].sort());
    await backend.close();
  });
});
