// The Excerpts list's sorts and filters (issue 14): every page, by offset or by keyset cursor, is the
// page a straightforward query gives, through renames, ratings, merges and edits; and no unfiltered
// sort reads the whole table into a temporary sort.
import { describe, expect, it } from 'vitest';
import { ExcerptListInput } from '../../../shared/contract/schemas';
import { EXCERPT_SORT_KEYS, type ExcerptSortKey } from '../../../shared/contract/vocabulary';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { excerptPageQuery } from './excerpts';

const REFERENCE: Record<ExcerptSortKey, string> = {
  article: 'a.title COLLATE NOCASE, e.article_id, e.start, e."end"',
  quote: 'substr(e.exact, 1, 80) COLLATE NOCASE',
  source: "coalesce(s.name, '') COLLATE NOCASE",
  grade: "(coalesce(instr('ABCDEF', c.reliability), 7) - 1) * 10 + coalesce(e.credibility, 9)",
  date: 'e.event_date',
  created: 'e.created_at',
};

type Filter = { name: string; where: string; params: unknown[]; input: Record<string, unknown> };

function referenceIds(backend: Backend, sort: ExcerptSortKey, direction: 'asc' | 'desc', filter?: Filter) {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const order = REFERENCE[sort]
    .split(/,(?![^(]*\))/)
    .map((part) => `${part.trim()} ${dir}`)
    .join(', ');
  return backend.ctx.db
    .prepare(
      `SELECT e.id FROM excerpts e JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = e.source_id
       LEFT JOIN source_current c ON c.source_id = e.source_id
       ${filter ? `WHERE ${filter.where}` : ''}
       ORDER BY ${order}, e.id ${dir}`,
    )
    .pluck()
    .all(...(filter?.params ?? [])) as string[];
}

async function pagedByOffset(backend: Backend, sort: ExcerptSortKey, direction: 'asc' | 'desc', extra = {}) {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 7) {
    const page = await backend.call('excerpts.list', { sort, direction, offset, limit: 7, ...extra });
    ids.push(...page.items.map((e) => e.id));
    if (page.items.length < 7) return { ids, total: page.total };
  }
}

async function pagedByCursor(backend: Backend, sort: ExcerptSortKey, direction: 'asc' | 'desc', extra = {}) {
  const ids: string[] = [];
  for (let after: string | null | undefined; after !== null;) {
    const page = await backend.call('excerpts.list', {
      sort,
      direction,
      limit: 6,
      withTotal: false,
      ...extra,
      ...(after ? { after } : {}),
    });
    expect(page.total).toBeNull();
    ids.push(...page.items.map((e) => e.id));
    after = page.next;
  }
  return ids;
}

async function expectSameOrder(backend: Backend, filters: Filter[] = []) {
  for (const sort of EXCERPT_SORT_KEYS) {
    for (const direction of ['asc', 'desc'] as const) {
      const want = referenceIds(backend, sort, direction);
      const byOffset = await pagedByOffset(backend, sort, direction);
      expect(byOffset.ids, `${sort} ${direction}`).toEqual(want);
      expect(byOffset.total).toBe(want.length);
      expect(await pagedByCursor(backend, sort, direction), `${sort} ${direction} by cursor`).toEqual(want);
      for (const filter of filters) {
        const filtered = referenceIds(backend, sort, direction, filter);
        const got = await pagedByOffset(backend, sort, direction, filter.input);
        expect(got.ids, `${sort} ${direction}, ${filter.name}`).toEqual(filtered);
        expect(got.total, `${filter.name} total`).toBe(filtered.length);
        expect(await pagedByCursor(backend, sort, direction, filter.input)).toEqual(filtered);
      }
    }
  }
}

/** Ties everywhere: titles equal but for case, shared dates, grades and sources, unattributed and undated excerpts. */
async function seed(backend: Backend) {
  const sources = [];
  for (const name of ['Daily NK source', 'yonhap', 'Asia Press', 'asia press']) {
    sources.push(await backend.call('sources.create', { name, kind: 'human-source' }));
  }
  await backend.call('sources.rate', { id: sources[0]!.id, reliability: 'B', rationale: 'record' });
  await backend.call('sources.rate', { id: sources[1]!.id, reliability: 'F', rationale: 'cannot judge' });
  await backend.call('sources.rate', { id: sources[2]!.id, reliability: 'B', rationale: 'record' });
  const articles = [];
  for (let i = 0; i < 6; i++) {
    const { article } = await backend.call('articles.createFromText', {
      text: `Smugglers moved clinker through Hyesan ${i}. Customs officers were paid in yuan ${i}. Rice prices rose at the market ${i}. Border guards tightened checks ${i}.`,
      title: ['Border trade', 'border trade', 'Rice prices', 'Hyesan customs', 'Ä border', 'Rice prices'][i]!,
    });
    articles.push(article);
  }
  const quotes = [
    'Smugglers moved clinker',
    'Customs officers were paid',
    'Rice prices rose',
    'Border guards tightened',
  ];
  const excerpts = [];
  for (let i = 0; i < 24; i++) {
    excerpts.push(
      await backend.call('excerpts.create', {
        articleId: articles[i % 6]!.id,
        quote: quotes[Math.floor(i / 6)]!,
        sourceId: [sources[0]!.id, sources[1]!.id, sources[2]!.id, sources[3]!.id, null][i % 5],
        credibility: i % 7 === 0 ? null : (((i % 6) + 1) as 1),
        eventDate: { value: ['2020-02', '2020', '', '2020-03-06', '2019-12-31'][i % 5]!, qualifier: '' },
        tags: i % 3 === 0 ? ['smuggling'] : i % 3 === 1 ? ['cash', 'smuggling'] : [],
        note: i === 5 ? { json: '', text: 'links to Kim Yo Jong' } : undefined,
      }),
    );
  }
  return { sources, articles, excerpts };
}

const FILTERS: Filter[] = [
  { name: 'reliability B', where: "c.reliability = 'B'", params: [], input: { reliability: 'B' } },
  { name: 'unrated', where: 'c.reliability IS NULL', params: [], input: { reliability: 'unrated' } },
  { name: 'at least C', where: "c.reliability IN ('A','B','C')", params: [], input: { minReliability: 'C' } },
  { name: 'credibility 3', where: 'e.credibility = 3', params: [], input: { credibility: 3 } },
  { name: 'ungraded', where: 'e.credibility IS NULL', params: [], input: { credibility: 'ungraded' } },
  {
    name: 'tag cash',
    where: "e.id IN (SELECT object_id FROM object_tags ot JOIN tags t ON t.id = ot.tag_id WHERE t.name = 'cash')",
    params: [],
    input: { tag: 'cash' },
  },
  // Partial dates overlap the range: "2020" and "2020-02" may mean a day in February 2020.
  {
    name: 'event in February 2020',
    where: "e.event_date IN ('2020', '2020-02')",
    params: [],
    input: { eventFrom: '2020-02-10', eventTo: '2020-02-20' },
  },
  {
    name: 'event from March 2020',
    where: "e.event_date IN ('2020', '2020-03-06')",
    params: [],
    input: { eventFrom: '2020-03' },
  },
  { name: 'event up to 2019', where: "e.event_date = '2019-12-31'", params: [], input: { eventTo: '2019' } },
  // Words as prefixes in the quote or note, words of the article's title, part of the source's name.
  {
    name: 'text "clink"',
    where: "e.exact LIKE 'Smugglers%'",
    params: [],
    input: { text: 'clink' },
  },
  { name: 'text in a note', where: "e.note_text LIKE '%Kim%'", params: [], input: { text: 'kim yo' } },
  {
    name: 'text in a title',
    where: "a.title LIKE 'Hyesan%' OR e.exact LIKE '%Hyesan%'",
    params: [],
    input: { text: 'hyesan' },
  },
  { name: 'text in a source name', where: "s.name LIKE '%yonha%'", params: [], input: { text: 'onha' } },
];

describe('Excerpts list', () => {
  it('pages in exactly the order of a straightforward query for every sort and filter, by offset and by cursor', async () => {
    const backend = openTestBackend();
    const { sources, articles, excerpts } = await seed(backend);
    // Every filter keeps some excerpts and drops others, so a filter ignored would fail.
    for (const filter of FILTERS) {
      expect(referenceIds(backend, 'created', 'asc', filter).length, filter.name).toBeGreaterThan(0);
      expect(referenceIds(backend, 'created', 'asc', filter).length, filter.name).toBeLessThan(excerpts.length);
    }
    await expectSameOrder(backend, FILTERS);
    const byCase = await backend.call('cases.create', { title: 'Border' });
    await backend.call('cases.addItems', { id: byCase.id, itemIds: excerpts.slice(3, 11).map((e) => e.id) });
    await expectSameOrder(backend, [
      {
        name: 'a case',
        where: 'e.id IN (SELECT item_id FROM case_items WHERE case_id = ?)',
        params: [byCase.id],
        input: { caseId: byCase.id },
      },
      { name: 'a source', where: 'e.source_id = ?', params: [sources[2]!.id], input: { sourceId: sources[2]!.id } },
      {
        name: 'an article',
        where: 'e.article_id = ?',
        params: [articles[1]!.id],
        input: { articleId: articles[1]!.id },
      },
    ]);

    // Everything the keys are derived from changes: a retitled article, a renamed and a re-rated
    // source, a re-attributed and regraded excerpt, a deleted one, merged sources and the undo.
    await backend.call('articles.updateMetadata', { id: articles[2]!.id, title: 'Aardvark' });
    await backend.call('sources.update', { id: sources[1]!.id, name: 'Zeta' });
    await backend.call('sources.rate', { id: sources[1]!.id, reliability: 'A', rationale: 'better now' });
    await backend.call('excerpts.update', {
      id: excerpts[4]!.id,
      sourceId: sources[0]!.id,
      credibility: 6,
      eventDate: { value: '2021', qualifier: '' },
    });
    await backend.call('excerpts.delete', { id: excerpts[7]!.id });
    await expectSameOrder(backend, FILTERS.slice(0, 5));
    const { mergeId } = await backend.call('sources.merge', { keepId: sources[0]!.id, mergeId: sources[2]!.id });
    await expectSameOrder(backend, FILTERS.slice(0, 3));
    await backend.call('merges.undo', { id: mergeId });
    await expectSameOrder(backend, FILTERS.slice(0, 3));
    await backend.call('articles.delete', { ids: [articles[3]!.id] });
    await expectSameOrder(backend);
    // The unfiltered totals come from the counts the triggers keep (migration 012): the Trash and back.
    await backend.call('articles.restore', { ids: [articles[3]!.id] });
    await expectSameOrder(backend);
    const db = backend.library.db;
    const counted = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect((await backend.call('articles.list', { limit: 1 })).total).toBe(counted('articles'));
    expect((await backend.call('entities.list', { limit: 1 })).total).toBe(counted('entities'));
    const verified = await backend.call('library.verify', {});
    expect(verified.checks.find((c) => c.name === 'sort_keys')).toMatchObject({ ok: true });
    expect(verified.checks.find((c) => c.name === 'row_counts')).toMatchObject({ ok: true });
    await backend.close();
  });

  it('returns the full rows the screen shows, and refuses a cursor from another sort', async () => {
    const backend = openTestBackend();
    const { excerpts } = await seed(backend);
    const page = await backend.call('excerpts.list', { sort: 'created', limit: 100 });
    // Made within the same millisecond, two excerpts are ordered by id, as the sort promises.
    const byCreated = [...excerpts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
    expect(page.items).toEqual(byCreated);
    const bySource = await backend.call('excerpts.list', { sort: 'article', limit: 3 });
    await expect(backend.call('excerpts.list', { sort: 'grade', after: bySource.next!, limit: 3 })).rejects.toThrow(
      /cursor does not belong to this sort/,
    );
    await backend.close();
  });

  it('reads every unfiltered sort from a covering index, never sorting the whole table', () => {
    const backend = openTestBackend();
    for (const sort of EXCERPT_SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const after of [undefined, 'cursor']) {
          const input = ExcerptListInput.parse({ sort, direction });
          const { pageSql, params, columns } = excerptPageQuery(
            after ? { ...input, after: JSON.stringify(columns0(sort)) } : input,
          );
          const cursor = after ? columns.map(() => 'x') : [];
          const plan = backend.ctx.db
            .prepare(`EXPLAIN QUERY PLAN ${pageSql}`)
            .all(...params, ...cursor, 100, 0)
            .map((r) => (r as { detail: string }).detail)
            .join('\n');
          expect(plan, `${sort} ${direction}`).not.toMatch(/TEMP B-TREE/);
          expect(plan, `${sort} ${direction}`).toMatch(/COVERING INDEX excerpt_sort_/);
          // The total of an unfiltered list is the kept count (migration 012), walking nothing.
          const count = excerptPageQuery(input).countSql;
          expect(
            backend.ctx.db
              .prepare(`EXPLAIN QUERY PLAN ${count}`)
              .all()
              .map((r) => (r as { detail: string }).detail)
              .join('\n'),
          ).toMatch(/^SEARCH row_counts USING (PRIMARY KEY|INDEX sqlite_autoindex_row_counts_1) \(table_name=\?\)$/);
        }
      }
    }
    void backend.close();
  });

  it("finds one article's excerpts by seeking its own rows in every sort, never by walking the library's", () => {
    const backend = openTestBackend();
    for (const sort of EXCERPT_SORT_KEYS) {
      const { pageSql, params } = excerptPageQuery(ExcerptListInput.parse({ sort, articleId: crypto.randomUUID() }));
      const plan = backend.ctx.db
        .prepare(`EXPLAIN QUERY PLAN ${pageSql}`)
        .all(...params, 100, 0)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan, sort).toMatch(/SEARCH k USING (COVERING )?INDEX excerpt_sort_in_article \(article_id=\?\)/);
      expect(plan, sort).not.toMatch(/SCAN k/);
    }
    void backend.close();
  });
});

function columns0(sort: ExcerptSortKey): unknown[] {
  return excerptPageQuery(ExcerptListInput.parse({ sort })).columns.map(() => 'x');
}
