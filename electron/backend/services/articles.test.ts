// The Library's paging, sorting and filtering through the contract.
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../testing/tempLibrary';

describe('articles.list', () => {
  it('pages, sorts and filters without losing or repeating rows', async () => {
    const backend = openTestBackend();
    const made = [];
    for (let i = 0; i < 25; i++) {
      made.push(
        (
          await backend.call('articles.createFromText', {
            text: `Report ${i} about 100% of the_customs.`,
            title: `Report ${String(i).padStart(2, '0')}`,
            publisher: i % 2 ? 'Daily NK' : 'Yonhap',
            language: i % 3 ? 'en' : 'ko',
            published: { value: `2020-${String((i % 12) + 1).padStart(2, '0')}`, qualifier: '' },
          })
        ).article,
      );
    }
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const page = await backend.call('articles.list', { sort: 'title', direction: 'asc', offset, limit: 10 });
      expect(page.total).toBe(25);
      seen.push(...page.items.map((a) => a.title));
    }
    expect(seen).toEqual(made.map((a) => a.title));
    const byPublisher = await backend.call('articles.list', { sort: 'publisher', direction: 'desc', limit: 100 });
    expect(byPublisher.items[0]!.publisherName).toBe('Yonhap');
    expect((await backend.call('articles.list', { publisher: 'daily nk' })).total).toBe(12);
    expect((await backend.call('articles.list', { language: 'ko' })).total).toBe(9);
    expect((await backend.call('articles.list', { text: 'yonhap' })).total).toBe(13);
    await backend.call('articles.createFromText', { text: 'x', title: 'Certainty: 100% sure' });
    expect((await backend.call('articles.list', { text: '100%' })).total).toBe(1);
    expect((await backend.call('articles.list', { text: 'Report_0' })).total).toBe(0); // _ and % are literal, not wildcards
    expect((await backend.call('articles.list', { publishedFrom: '2020-11', publishedTo: '2020-12' })).total).toBe(4);
    await backend.call('excerpts.create', { articleId: made[7]!.id, quote: 'Report 7', credibility: 2 });
    const byExcerpts = await backend.call('articles.list', { sort: 'excerpts', direction: 'desc', limit: 1 });
    expect(byExcerpts.items[0]).toMatchObject({ id: made[7]!.id, excerptCount: 1, bestGrade: '?2', worstGrade: '?2' });
  });
});

describe('bylines', () => {
  it('link the byline’s people to author sources, kept in step with edits', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', {
      text: 'Body text.',
      byline: 'By Jane Roe and John Doe',
    });
    expect(article.authors.map((a) => a.name)).toEqual(['Jane Roe', 'John Doe']);
    const roe = await backend.call('sources.get', { id: article.authors[0]!.id });
    expect(roe).toMatchObject({ kind: 'author', articleCount: 1 });
    await backend.call('sources.rate', { id: roe.id, reliability: 'C', rationale: 'new reporter' });
    const other = await backend.call('articles.createFromText', {
      text: 'Another body.',
      byline: 'Jane Roe; Kim Min-ji',
    });
    expect(other.article.authors.map((a) => [a.name, a.reliability])).toEqual([
      ['Jane Roe', 'C'],
      ['Kim Min-ji', null],
    ]);
    const edited = await backend.call('articles.updateMetadata', { id: article.id, byline: 'John Doe' });
    expect(edited.authors.map((a) => a.name)).toEqual(['John Doe']);
    expect(await backend.dispatch('sources.delete', { id: roe.id })).toMatchObject({
      ok: false,
      error: { code: 'in_use' },
    });
  });
});
