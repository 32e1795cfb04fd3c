import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { excerptMarks, excerptSummary, inTextOrder, neighbour, pickClicked } from './excerptOrder';

function excerpt(id: string, start: number, end: number, extra: Partial<Excerpt> = {}): Excerpt {
  return {
    id,
    articleId: 'a',
    articleTitle: '',
    exact: '',
    prefix: '',
    suffix: '',
    start,
    end,
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
    createdAt: '2020-01-01T00:00:00Z',
    createdBy: 'x',
    updatedAt: '',
    ...extra,
  };
}

describe('excerpt order', () => {
  const a = excerpt('a', 50, 60);
  const b = excerpt('b', 10, 40);
  const c = excerpt('c', 10, 20);
  const ordered = inTextOrder([a, b, c]);

  it('lists excerpts in text order, the longer first at the same start', () => {
    expect(ordered.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('steps to the next and previous excerpt, stopping at the ends', () => {
    expect(neighbour(ordered, undefined, 1)?.id).toBe('b');
    expect(neighbour(ordered, undefined, -1)?.id).toBe('a');
    expect(neighbour(ordered, 'b', 1)?.id).toBe('c');
    expect(neighbour(ordered, 'a', 1)?.id).toBe('a');
    expect(neighbour(ordered, 'b', -1)?.id).toBe('b');
    expect(neighbour([], undefined, 1)).toBeUndefined();
  });

  it('opens the most specific excerpt under a click, and cycles through overlapping ones', () => {
    const byId = new Map([a, b, c].map((e) => [e.id, e]));
    expect(pickClicked(['b', 'c', 'mention-1'], byId, undefined)?.id).toBe('c');
    expect(pickClicked(['b', 'c'], byId, 'c')?.id).toBe('b');
    expect(pickClicked(['b', 'c'], byId, 'b')?.id).toBe('c');
    expect(pickClicked(['mention-1'], byId, undefined)).toBeUndefined();
  });

  it('titles marks with grade, source and date, and leaves orphaned excerpts out of the text', () => {
    const graded = excerpt('g', 0, 5, {
      grade: 'B3',
      sourceName: 'Daily NK source',
      eventDate: { value: '2020-02', qualifier: 'early' },
    });
    expect(excerptSummary(graded)).toBe('B3 · Daily NK source · early February 2020');
    expect(excerptMarks([graded, excerpt('o', 0, 1, { anchorStatus: 'orphaned' })])).toEqual([
      { id: 'g', start: 0, end: 5, kind: 'excerpt', title: 'B3 · Daily NK source · early February 2020' },
    ]);
  });
});
