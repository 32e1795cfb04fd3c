import { describe, expect, it } from 'vitest';
import { CASE_ITEMS_MIME, carriesCaseItems, droppedItemIds } from './caseDrag';

const ID = '3f2b8c1e-9d4a-4e5b-8c7d-1a2b3c4d5e6f';

describe('case item drags', () => {
  it('recognise our own MIME type only', () => {
    expect(carriesCaseItems(['text/plain', CASE_ITEMS_MIME])).toBe(true);
    expect(carriesCaseItems(['Files'])).toBe(false);
  });
  it('read the ids back, dropping anything that is not an id', () => {
    expect(droppedItemIds(JSON.stringify({ ids: [ID, 'x', 3] }))).toEqual([ID]);
    expect(droppedItemIds('not json')).toEqual([]);
    expect(droppedItemIds('{"ids": "nope"}')).toEqual([]);
  });
});
