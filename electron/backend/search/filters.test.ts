// Search filters (issue 14): kind, grade (reliability and credibility), entity, case, language and
// capture/publication date ranges, through the contract. Each keeps exactly the objects it names;
// a filter naming something that does not exist is a clear error, never an exception; and a filter
// that names few objects still finds every one of them among the matches of a very common word.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../shared/domain/searchText';
import { seedRealisticLibrary } from '../testing/seedRealistic';
import { openTestBackend, tempLibraryPath } from '../testing/tempLibrary';
import { restrictionsFor, restrictionSql } from './filters';
import { RANK_LIMIT, SCAN_LIMIT } from './plan';

async function library() {
  const backend = openTestBackend();
  const make = async (text: string, title: string, extra: Record<string, unknown> = {}) =>
    (await backend.call('articles.createFromText', { text, title, ...extra })).article;
  const march = await make('Customs officers in Hyesan seized masks. Kim Yo Jong was named.', 'March report', {
    publisher: 'Daily NK',
    language: 'en',
    published: { value: '2020-03', qualifier: '' },
  });
  const korean = await make('혜산 세관 customs 단속이 강화되었다.', '세관', {
    language: 'ko',
    published: { value: '2021', qualifier: '' },
  });
  const may = await make('Border customs at Sinuiju reopened.', 'May report', {
    language: 'en',
    published: { value: '2019-05-06', qualifier: '' },
  });
  const undated = await make('Customs rules changed again.', 'Undated');
  await backend.call('sources.rate', { id: march.publisherSourceId!, reliability: 'B', rationale: 'record' });
  const good = await backend.call('excerpts.create', {
    articleId: march.id,
    quote: 'Customs officers in Hyesan seized masks. Kim Yo Jong was named',
    sourceId: march.publisherSourceId!,
    credibility: 2,
  });
  const poor = await backend.call('excerpts.create', { articleId: may.id, quote: 'Border customs', credibility: 5 });
  const entity = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person' });
  await backend.call('mentions.create', { entityId: entity.id, articleId: march.id, quote: 'Kim Yo Jong' });
  const theCase = await backend.call('cases.create', { title: 'Sinuiju' });
  await backend.call('cases.addItems', { id: theCase.id, itemIds: [may.id, good.id] });
  const ids = async (filters: Record<string, unknown>, query = 'customs') =>
    (await backend.call('search.query', { query, ...filters })).results.map((r) => r.id).sort();
  return { backend, march, korean, may, undated, good, poor, entity, theCase, ids };
}

const sorted = (...ids: string[]) => [...ids].sort();

describe('search filters', () => {
  it('keep the grades asked for: reliability of the source, credibility of the excerpt, or both', async () => {
    const { ids, march, good, poor } = await library();
    expect(await ids({ minReliability: 'B' })).toEqual(sorted(march.id, good.id));
    expect(await ids({ minCredibility: 2 })).toEqual([good.id]);
    expect(await ids({ minCredibility: 5 })).toEqual(sorted(good.id, poor.id));
    expect(await ids({ minCredibility: 'ungraded' })).toEqual([]);
    expect(await ids({ minReliability: 'unrated', minCredibility: 6 })).toEqual([poor.id]);
    expect(await ids({ minReliability: 'B', minCredibility: 3 })).toEqual([good.id]);
  });

  it('keep what mentions an entity: its articles and the excerpts around its mentions', async () => {
    const { backend, ids, march, good, entity, may } = await library();
    expect(await ids({ entityId: entity.id })).toEqual(sorted(march.id, good.id));
    expect(await ids({ entityId: entity.id, kinds: ['article'] })).toEqual([march.id]);
    // Without the mention, nothing mentions it.
    const [mention] = (await backend.call('mentions.list', { articleId: march.id })).items;
    await backend.call('mentions.delete', { id: mention!.id });
    expect(await ids({ entityId: entity.id })).toEqual([]);
    expect(await ids({ entityId: entity.id }, 'Sinuiju')).not.toContain(may.id);
  });

  it('keep the items of a case', async () => {
    const { ids, may, good, theCase } = await library();
    expect(await ids({ caseId: theCase.id })).toEqual(sorted(may.id, good.id));
    expect(await ids({ caseId: theCase.id, kinds: ['excerpt'] })).toEqual([good.id]);
  });

  it('keep a language, and publication dates by overlap of their period with the range', async () => {
    const { ids, march, korean, may, good, poor } = await library();
    expect(await ids({ language: 'ko' })).toEqual([korean.id]);
    expect(await ids({ language: 'en', kinds: ['article'] })).toEqual(sorted(march.id, may.id));
    // "2020-03" (the whole month) overlaps a range starting mid-March; 2021 too; 2019 does not.
    expect(await ids({ published: { from: '2020-03-15' }, kinds: ['article'] })).toEqual(sorted(march.id, korean.id));
    expect(await ids({ published: { from: '2020', to: '2020' } })).toEqual(sorted(march.id, good.id));
    expect(await ids({ published: { to: '2019-12' } })).toEqual(sorted(may.id, poor.id));
    expect(await ids({ published: { from: '2019-05-07', to: '2020-02' } })).toEqual([]);
  });

  it('keep a capture date range (excerpts go with their article)', async () => {
    const { ids, march, korean, may, undated, good, poor } = await library();
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ captured: { from: today } })).toEqual(
      sorted(march.id, korean.id, may.id, undated.id, good.id, poor.id),
    );
    expect(await ids({ captured: { to: '2001' } })).toEqual([]);
    expect(await ids({ captured: { from: '2001', to: today.slice(0, 4) }, kinds: ['excerpt'] })).toEqual(
      sorted(good.id, poor.id),
    );
  });

  it("read an article's publisher, dates and language from the covering index, never from its row", () => {
    const backend = openTestBackend();
    const filter = restrictionSql(
      restrictionsFor(backend.ctx.db, {
        minReliability: 'B',
        language: 'en',
        captured: { from: '2020', to: '2021' },
        published: { from: '2019', to: '2020' },
      }),
    );
    const plan = backend.ctx.db
      .prepare(`EXPLAIN QUERY PLAN SELECT d.rowid FROM search_docs d WHERE d.rowid = ?${filter.sql}`)
      .all(1, ...filter.params)
      .map((r) => (r as { detail: string }).detail);
    const articleLookups = plan.filter((d) => /SEARCH a /.test(d));
    expect(articleLookups.length).toBeGreaterThanOrEqual(3);
    for (const lookup of articleLookups) expect(lookup).toMatch(/COVERING INDEX articles_filter_keys/);
    void backend.close();
  });

  it('refuse an unknown entity or case, a malformed id and a backwards range with a clear error', async () => {
    const { backend } = await library();
    const unknownEntity = await backend.dispatch('search.query', { query: 'customs', entityId: randomUUID() });
    expect(unknownEntity).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('No entity has the id') },
    });
    const unknownCase = await backend.dispatch('search.query', { query: 'customs', caseId: randomUUID() });
    expect(unknownCase).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('No case has the id') },
    });
    expect(await backend.dispatch('search.query', { query: 'x', entityId: 'Kim Yo Jong' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await backend.dispatch('search.query', { query: 'x', published: { from: '2021', to: '2020-05' } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('swap') } });
    expect(await backend.dispatch('search.query', { query: 'x', captured: { from: 'March' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    // Hostile queries with filters answer too.
    for (const query of ['NEAR(', '*', '"', 'col:', '혜', '!?.,', 'x'.repeat(1000)]) {
      const envelope = await backend.dispatch('search.query', { query, language: 'ko', minCredibility: 3 });
      expect(envelope.ok, query.slice(0, 20)).toBe(true);
    }
  });

  it('find every match among the few objects a filter names, even for a word in every document', async () => {
    const libraryPath = tempLibraryPath();
    seedRealisticLibrary(libraryPath, { articles: 150, excerptsPerArticle: 10, entities: 10 });
    const backend = openTestBackend(libraryPath);
    const db = backend.library.db;
    const matches = db
      .prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?')
      .pluck()
      .get(toFtsQuery('the'));
    expect(matches).toBeGreaterThan(RANK_LIMIT);
    // An entity mentioned in three old articles (the newest-first walk of "the" would not reach them
    // before its page was full of other articles).
    const articles = db.prepare('SELECT id, text FROM articles ORDER BY captured_at LIMIT 3').all() as {
      id: string;
      text: string;
    }[];
    const entity = await backend.call('entities.create', { name: 'Old Trader', type: 'person' });
    for (const a of articles) {
      await backend.call('mentions.create', { entityId: entity.id, articleId: a.id, start: 0, end: 5 });
    }
    const answer = await backend.call('search.query', { query: 'the', entityId: entity.id, kinds: ['article'] });
    expect(answer.ranking).toBe('recent');
    expect(answer.scanStopped).toBe(false);
    const expected = articles.filter((a) => /\bthe/i.test(a.text)).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.results.map((r) => r.id).sort()).toEqual(expected.sort());
    // The same through a case holding them.
    const theCase = await backend.call('cases.create', { title: 'Old' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: articles.map((a) => a.id) });
    const inCase = await backend.call('search.query', { query: 'the', caseId: theCase.id });
    expect(inCase.results.map((r) => r.id).sort()).toEqual(expected.sort());
    await backend.close();
  });

  it('read on newest first past the first thousand matches, and say when they stopped looking', async () => {
    const libraryPath = tempLibraryPath();
    seedRealisticLibrary(libraryPath, { articles: 900, excerptsPerArticle: 10, entities: 10 });
    const backend = openTestBackend(libraryPath);
    const db = backend.library.db;
    const match = toFtsQuery('the');
    // Matches of "the" newer than each excerpt (search_docs rowids grow as things are indexed).
    const newer = db.prepare(
      `SELECT count(*) FROM search_fts WHERE search_fts MATCH ?
       AND rowid > (SELECT max(rowid) FROM search_docs WHERE object_id = ?)`,
    );
    const credibleOnly = (id: string) => {
      db.prepare('UPDATE excerpts SET credibility = CASE WHEN id = ? THEN 1 ELSE 3 END').run(id);
    };
    const excerpts = db
      .prepare(
        `SELECT x.id FROM excerpts x JOIN search_docs d ON d.object_id = x.id JOIN search_fts f ON f.rowid = d.rowid
         WHERE search_fts MATCH ? GROUP BY x.id ORDER BY max(d.rowid) DESC`,
      )
      .pluck()
      .all(match) as string[];
    // One excerpt with more than a thousand newer matches but fewer than SCAN_LIMIT: found.
    const reachable = excerpts.find((id) => {
      const n = newer.pluck().get(match, id) as number;
      return n > RANK_LIMIT + 100 && n < SCAN_LIMIT - 100;
    })!;
    credibleOnly(reachable);
    const found = await backend.call('search.query', { query: 'the', minCredibility: 1 });
    expect(found.ranking).toBe('recent');
    expect(found.results.map((r) => r.id)).toEqual([reachable]);
    // The page did not fill, so the read went on to SCAN_LIMIT and left older matches unread.
    expect(found.scanStopped).toBe(true);
    // One with more than SCAN_LIMIT newer matches: not reached, and the answer says it stopped.
    const beyond = excerpts.findLast((id) => (newer.pluck().get(match, id) as number) > SCAN_LIMIT + 100);
    expect(beyond).toBeDefined();
    credibleOnly(beyond!);
    const stopped = await backend.call('search.query', { query: 'the', minCredibility: 1 });
    expect(stopped.results).toEqual([]);
    expect(stopped.scanStopped).toBe(true);
    await backend.close();
  });
});
