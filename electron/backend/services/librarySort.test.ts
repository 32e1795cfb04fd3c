// The Library's sorts (issue 14): every page is the page a straightforward query gives (same order,
// ties broken by the article id), and no sort reads the whole library into a temporary sort.
import { describe, expect, it } from 'vitest';
import { ArticleListInput } from '../../../shared/contract/schemas';
import { ARTICLE_SORT_KEYS } from '../../../shared/contract/vocabulary';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { libraryPageQuery } from './articles';

const SORTS = ARTICLE_SORT_KEYS.filter((s) => s !== 'excerpts');
const REFERENCE: Record<(typeof SORTS)[number], string> = {
  captured: 'a.captured_at',
  title: 'a.title COLLATE NOCASE',
  publisher: 'p.name COLLATE NOCASE',
  published: 'a.published',
  language: 'a.language',
};

/** Ties everywhere: repeated titles in mixed case, shared dates and languages, articles with no publisher. */
async function seed(backend: Backend): Promise<void> {
  const publishers = ['Daily NK', 'yonhap', 'NK News', 'Asia Press', ''];
  for (let i = 0; i < 40; i++) {
    await backend.call('articles.createFromText', {
      text: `Report number ${i}.`,
      title: ['Rice prices', 'rice prices', 'Border trade', 'Ä border', ''][i % 5]!,
      publisher: publishers[i % publishers.length] || undefined,
      byline: i % 6 ? `By Writer ${i % 4} and Writer ${(i + 1) % 4}` : '',
      language: ['en', 'ko', ''][i % 3]!,
      published: { value: ['2020-01', '2019', '', '2020-01-15'][i % 4]!, qualifier: '' },
    });
  }
}

function referenceIds(backend: Backend, sort: (typeof SORTS)[number], direction: 'ASC' | 'DESC', language = '') {
  return backend.ctx.db
    .prepare(
      `SELECT a.id FROM articles a LEFT JOIN sources p ON p.id = a.publisher_source_id
       ${language ? 'WHERE a.language = ?' : ''}
       ORDER BY ${REFERENCE[sort]} ${direction}, a.id ${direction}`,
    )
    .pluck()
    .all(...(language ? [language] : [])) as string[];
}

async function pagedIds(backend: Backend, sort: (typeof SORTS)[number], direction: 'asc' | 'desc', language = '') {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 7) {
    const page = await backend.call('articles.list', { sort, direction, offset, limit: 7, language });
    ids.push(...page.items.map((a) => a.id));
    if (page.items.length < 7) return ids;
  }
}

async function expectSameOrder(backend: Backend) {
  for (const sort of SORTS) {
    for (const direction of ['asc', 'desc'] as const) {
      const want = referenceIds(backend, sort, direction === 'asc' ? 'ASC' : 'DESC');
      expect(await pagedIds(backend, sort, direction), `${sort} ${direction}`).toEqual(want);
      const ko = referenceIds(backend, sort, direction === 'asc' ? 'ASC' : 'DESC', 'ko');
      expect(await pagedIds(backend, sort, direction, 'ko'), `${sort} ${direction}, Korean only`).toEqual(ko);
    }
  }
}

describe('Library sorts', () => {
  it('page in exactly the order of a straightforward query, through renames, merges and edits', async () => {
    const backend = openTestBackend();
    await seed(backend);
    await expectSameOrder(backend);
    // Grades: excerpts from rated, unrated and no sources, graded and ungraded.
    const pubs = (await backend.call('sources.list', { kind: 'publication' })).items;
    await backend.call('sources.rate', { id: pubs[0]!.id, reliability: 'B', rationale: 'track record' });
    await backend.call('sources.rate', { id: pubs[1]!.id, reliability: 'E', rationale: 'track record' });
    const all = (await backend.call('articles.list', { sort: 'captured', direction: 'asc', limit: 100 })).items;
    for (let i = 0; i < 30; i++) {
      await backend.call('excerpts.create', {
        articleId: all[i % 12]!.id,
        quote: 'Report',
        sourceId: [pubs[0]!.id, pubs[1]!.id, pubs[2]!.id, null][i % 4],
        credibility: i % 5 === 0 ? null : (((i % 6) + 1) as 1),
      });
    }
    const reference = backend.ctx.db
      .prepare(
        `SELECT a.id,
          (SELECT coalesce(c.reliability, '?') || coalesce(e.credibility, '?') FROM excerpts e LEFT JOIN source_current c ON c.source_id = e.source_id
           WHERE e.article_id = a.id ORDER BY coalesce(c.reliability, 'Z'), coalesce(e.credibility, 9) LIMIT 1) AS bestGrade,
          (SELECT coalesce(c.reliability, '?') || coalesce(e.credibility, '?') FROM excerpts e LEFT JOIN source_current c ON c.source_id = e.source_id
           WHERE e.article_id = a.id ORDER BY coalesce(c.reliability, 'Z') DESC, coalesce(e.credibility, 9) DESC LIMIT 1) AS worstGrade
         FROM articles a ORDER BY a.captured_at, a.id`,
      )
      .all();
    const listed = (await backend.call('articles.list', { sort: 'captured', direction: 'asc', limit: 100 })).items;
    expect(listed.map(({ id, bestGrade, worstGrade }) => ({ id, bestGrade, worstGrade }))).toEqual(reference);
    expect(new Set(listed.map((a) => a.bestGrade)).size).toBeGreaterThan(3);
    // A page's rows are the articles themselves (authors read for the whole page at once).
    for (const row of (await backend.call('articles.list', { sort: 'title', limit: 100 })).items) {
      const { text: _text, ...article } = await backend.call('articles.get', { id: row.id });
      expect(row).toEqual({ ...article, bestGrade: row.bestGrade, worstGrade: row.worstGrade, watchHits: 0 });
    }

    const sources = (await backend.call('sources.list', { kind: 'publication' })).items;
    const yonhap = sources.find((s) => s.name === 'yonhap')!;
    const daily = sources.find((s) => s.name === 'Daily NK')!;
    await backend.call('sources.update', { id: yonhap.id, name: 'Zeta Wire' });
    // Another publication with a name equal but for case: ties between publishers fall to the article id.
    const twin = await backend.call('sources.create', { name: 'DAILY nk', kind: 'publication' });
    const articles = (await backend.call('articles.list', { sort: 'captured', direction: 'asc', limit: 100 })).items;
    await backend.call('articles.updateMetadata', { id: articles[4]!.id, publisherSourceId: twin.id });
    await backend.call('articles.updateMetadata', { id: articles[1]!.id, publisher: '' });
    await backend.call('articles.updateMetadata', { id: articles[9]!.id, publisherSourceId: daily.id });
    await expectSameOrder(backend);

    const nk = sources.find((s) => s.name === 'NK News')!;
    const { mergeId } = await backend.call('sources.merge', { keepId: daily.id, mergeId: nk.id });
    await expectSameOrder(backend);
    await backend.call('merges.undo', { id: mergeId });
    await expectSameOrder(backend);
  });

  it('read every sort from an index, never sorting the whole library in a temporary B-tree', () => {
    const backend = openTestBackend();
    for (const sort of SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        const { pageSql, params } = libraryPageQuery(ArticleListInput.parse({ sort, direction }));
        const plan = backend.ctx.db
          .prepare(`EXPLAIN QUERY PLAN ${pageSql}`)
          .all(...params, 100, 0)
          .map((r) => (r as { detail: string }).detail);
        expect(plan.join('\n'), `${sort} ${direction}`).not.toMatch(/TEMP B-TREE/);
        expect(plan.join('\n'), `${sort} ${direction}`).toMatch(/COVERING INDEX|USING PRIMARY KEY/);
      }
    }
  });
});
