import { describe, expect, it } from 'vitest';
import { groupMentionsByArticle, mentionMeetsFilter, sortMentionGroups, type PageMention } from './mentionGroups';

const m = (id: string, articleId: string, start: number, grade: string | null = null): PageMention => ({
  id,
  articleId,
  articleTitle: `Article ${articleId}`,
  start,
  end: start + 3,
  exact: 'Kim',
  published: { value: '2020-03', qualifier: '' },
  excerptId: grade ? `x${id}` : null,
  grade,
  eventDate: null,
  context: { before: 'In ', after: ' said.' },
});

describe('groupMentionsByArticle', () => {
  it('groups by article in the order given, each in text order', () => {
    const groups = groupMentionsByArticle([m('1', 'a', 50), m('2', 'b', 5), m('3', 'a', 10)]);
    expect(groups.map((g) => [g.articleId, g.articleTitle, g.mentions.map((x) => x.id)])).toEqual([
      ['a', 'Article a', ['3', '1']],
      ['b', 'Article b', ['2']],
    ]);
  });
  it('keeps only mentions inside excerpts whose source meets the letter, and drops emptied articles', () => {
    const groups = groupMentionsByArticle([m('1', 'a', 1, 'B3'), m('2', 'a', 9, 'D2'), m('3', 'b', 1)], 'C');
    expect(groups.map((g) => [g.articleId, g.mentions.map((x) => x.id)])).toEqual([['a', ['1']]]);
  });
});

describe('mentionMeetsFilter', () => {
  it('lets everything through with no filter, and only F through F', () => {
    expect(mentionMeetsFilter(m('1', 'a', 0), 'any')).toBe(true);
    expect(mentionMeetsFilter(m('1', 'a', 0, 'F6'), 'B')).toBe(false);
    expect(mentionMeetsFilter(m('1', 'a', 0, 'A1'), 'F')).toBe(true);
  });
  it('treats an excerpt of an unrated source as unrated, and a mention outside excerpts as neither', () => {
    expect(mentionMeetsFilter(m('1', 'a', 0, '?3'), 'unrated')).toBe(true);
    expect(mentionMeetsFilter(m('1', 'a', 0), 'unrated')).toBe(false);
    expect(mentionMeetsFilter(m('1', 'a', 0, '?3'), 'F')).toBe(false);
  });
});

describe('sortMentionGroups', () => {
  const dated = (id: string, articleId: string, published: string, grade: string | null) => ({
    ...m(id, articleId, 0, grade),
    published: { value: published, qualifier: '' },
  });
  const groups = groupMentionsByArticle([
    dated('1', 'old', '2019', 'C3'),
    dated('2', 'new', '2021', 'D2'),
    dated('3', 'none', '', 'A1'),
  ]);
  it('sorts articles newest or oldest first, undated last', () => {
    expect(sortMentionGroups(groups, 'newest').map((g) => g.articleId)).toEqual(['new', 'old', 'none']);
    expect(sortMentionGroups(groups, 'oldest').map((g) => g.articleId)).toEqual(['old', 'new', 'none']);
  });
  it('sorts by the best grade among an article’s mentions', () => {
    expect(sortMentionGroups(groups, 'grade').map((g) => g.articleId)).toEqual(['none', 'old', 'new']);
  });
});
