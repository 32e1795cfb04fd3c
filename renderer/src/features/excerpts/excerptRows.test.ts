import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../shared/contract/schemas';
import { filterExcerpts, gradeSortKey, sortExcerpts, tagsOf, type ExcerptFilter } from './excerptRows';

let n = 0;
function excerpt(over: Partial<Excerpt>): Excerpt {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 'a',
    articleTitle: 'Daily NK report',
    exact: 'quote',
    prefix: '',
    suffix: '',
    start: 0,
    end: 5,
    sourceId: null,
    sourceName: '',
    reliability: null,
    reliabilityAtRecord: null,
    credibility: null,
    grade: '??',
    machineTags: [],
    eventDate: { value: '', qualifier: '' },
    note: { json: '', text: '' },
    tags: [],
    anchorStatus: 'ok',
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    ...over,
  };
}

const all = [
  excerpt({
    exact: 'quartz and magnesia clinker smuggled at night',
    reliability: 'B',
    credibility: 3,
    tags: ['smuggling'],
    eventDate: { value: '2020-02', qualifier: 'early' },
  }),
  excerpt({
    exact: 'Paid in USD and CNY',
    note: { json: '', text: 'links to Kim Yo Jong' },
    reliability: 'F',
    credibility: 6,
    tags: ['cash', 'smuggling'],
  }),
  excerpt({
    exact: 'Hyesan customs office',
    reliability: 'A',
    credibility: null,
    eventDate: { value: '2020-03-06', qualifier: '' },
  }),
  excerpt({ exact: 'MPAF affiliation', reliability: null, credibility: 2, sourceName: 'Yonhap' }),
];
const none: ExcerptFilter = { text: '', tag: null, credibility: 'any' };

describe('filterExcerpts', () => {
  it('keeps excerpts whose (partial) event date can fall within the range', () => {
    expect(filterExcerpts(all, { ...none, dateFrom: '2020-02-15', dateTo: '2020-02-20' }).map((e) => e.exact)).toEqual([
      'quartz and magnesia clinker smuggled at night',
    ]);
    expect(filterExcerpts(all, { ...none, dateFrom: '2020-03' })).toHaveLength(1);
    expect(filterExcerpts(all, { ...none, dateTo: '2019' })).toHaveLength(0);
    expect(filterExcerpts(all, { ...none, dateFrom: '2020' })).toHaveLength(2);
  });

  it('matches text in the quote, note and source, ignoring case and diacritics', () => {
    expect(filterExcerpts(all, { ...none, text: 'CLINKER' })).toHaveLength(1);
    expect(filterExcerpts(all, { ...none, text: 'kim yo' })[0]!.exact).toBe('Paid in USD and CNY');
    expect(filterExcerpts(all, { ...none, text: 'yónhap' })).toHaveLength(1);
  });
  it('filters by tag and by credibility, including ungraded', () => {
    expect(filterExcerpts(all, { ...none, tag: 'smuggling' })).toHaveLength(2);
    expect(filterExcerpts(all, { ...none, credibility: 3 }).map((e) => e.credibility)).toEqual([3]);
    expect(filterExcerpts(all, { ...none, credibility: 'ungraded' }).map((e) => e.exact)).toEqual([
      'Hyesan customs office',
    ]);
  });
});

describe('sorting excerpts', () => {
  it('orders grades A1…F6 with unrated and ungraded last', () => {
    expect(gradeSortKey({ reliability: 'A', credibility: 1 })).toBeLessThan(
      gradeSortKey({ reliability: 'A', credibility: 2 }),
    );
    expect(gradeSortKey({ reliability: 'A', credibility: null })).toBeLessThan(
      gradeSortKey({ reliability: 'B', credibility: 1 }),
    );
    expect(gradeSortKey({ reliability: 'F', credibility: 6 })).toBeLessThan(
      gradeSortKey({ reliability: null, credibility: 1 }),
    );
    expect(sortExcerpts(all, 'grade', 'asc').map((e) => `${e.reliability ?? '?'}${e.credibility ?? '?'}`)).toEqual([
      'A?',
      'B3',
      'F6',
      '?2',
    ]);
  });
  it('sorts event dates chronologically and puts undated excerpts last', () => {
    expect(sortExcerpts(all, 'date', 'desc').map((e) => e.eventDate.value)).toEqual(['2020-03-06', '2020-02', '', '']);
  });
});

describe('tagsOf', () => {
  it('lists each tag once, alphabetically', () => {
    expect(tagsOf(all)).toEqual(['cash', 'smuggling']);
  });
});
