import { describe, expect, it } from 'vitest';
import { groupCaseItems, parseIdList } from './caseItems';

const ID1 = '3f2b8c1e-9d4a-4e5b-8c7d-1a2b3c4d5e6f';
const ID2 = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d';

describe('parseIdList', () => {
  it('reads ids separated by spaces, commas and new lines, once each, lower-cased', () => {
    expect(parseIdList(`${ID1}, ${ID2}\n${ID1.toUpperCase()}`)).toEqual({ ids: [ID1, ID2], invalid: [] });
  });
  it('reports what is not an id', () => {
    expect(parseIdList(`${ID1} clinker 123`)).toEqual({ ids: [ID1], invalid: ['clinker', '123'] });
  });
  it('gives nothing for blank input', () => {
    expect(parseIdList('  \n ')).toEqual({ ids: [], invalid: [] });
  });
});

describe('groupCaseItems', () => {
  it('groups by kind in a fixed order and leaves out empty kinds', () => {
    const item = (kind: 'article' | 'excerpt' | 'source' | 'entity', title: string) => ({
      itemId: title,
      kind,
      title,
      addedAt: '',
    });
    const groups = groupCaseItems([item('entity', 'Kim Yo Jong'), item('article', 'Daily NK'), item('entity', 'MPAF')]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.title)])).toEqual([
      ['article', ['Daily NK']],
      ['entity', ['Kim Yo Jong', 'MPAF']],
    ]);
  });
});
