import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/contract/schemas';
import { buildSourceTree, descendantIds, mergeTargets } from './sourceTree';

function source(id: string, name: string, parentId: string | null = null): Source {
  return {
    id,
    name,
    parentId,
    kind: parentId ? 'human-source' : 'publication',
    url: '',
    description: '',
    aliases: [],
    reliability: null,
    machineTags: [],
    lastRatedAt: null,
    ratings: [],
    articleCount: 0,
    excerptCount: 0,
    createdAt: '',
    updatedAt: '',
  };
}

describe('buildSourceTree', () => {
  it('puts human sources under their publication, each level sorted by name', () => {
    const tree = buildSourceTree([
      source('r', 'Daily NK source (Ryanggang Province)', 'nk'),
      source('y', 'Yonhap'),
      source('t', 'a Chinese trader', 'nk'),
      source('nk', 'Daily NK'),
    ]);
    expect(tree.map((n) => n.source.name)).toEqual(['Daily NK', 'Yonhap']);
    expect(tree[0]!.children.map((n) => n.source.name)).toEqual([
      'a Chinese trader',
      'Daily NK source (Ryanggang Province)',
    ]);
  });

  it('shows a source whose parent is not in the list at the top level', () => {
    const tree = buildSourceTree([source('a', 'Orphan', 'missing')]);
    expect(tree.map((n) => n.source.id)).toEqual(['a']);
  });

  it('never loops on cyclic data', () => {
    const tree = buildSourceTree([source('a', 'A', 'b'), source('b', 'B', 'a')]);
    const count = (nodes: typeof tree): number => nodes.reduce((n, x) => n + 1 + count(x.children), 0);
    expect(count(tree)).toBe(2);
  });
});

describe('descendantIds', () => {
  it('includes the source itself and everything below it, but not its parent or siblings', () => {
    const all = [source('p', 'P'), source('a', 'A', 'p'), source('b', 'B', 'a'), source('c', 'C', 'p')];
    expect([...descendantIds(all, 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('mergeTargets', () => {
  it('offers every other source except those under the one being merged away, by name', () => {
    const all = [source('p', 'P'), source('a', 'A', 'p'), source('b', 'B', 'a'), source('c', 'C', 'p')];
    expect(mergeTargets(all, 'a').map((s) => s.id)).toEqual(['c', 'p']);
  });
});
