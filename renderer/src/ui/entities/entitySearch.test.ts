import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../shared/contract/schemas';
import { searchEntities } from './entitySearch';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: 'person',
  name,
  description: { json: '', text: '' },
  aliases: aliases.map((text, i) => ({ id: `${id}${i}`, text, script: 'Latn', system: '' as const, generated: false })),
  externalIds: [],
  tags: [],
  mentionCount: 0,
  createdAt: '',
  updatedAt: '',
});
const all = [
  entity('1', 'Kim Yo Jong', ['Kim Yo-jong', '김여정']),
  entity('2', 'Kim Jong Un'),
  entity('3', 'Ministry of People’s Armed Forces (MPAF)', ['MPAF']),
];

describe('searchEntities', () => {
  it('matches names in any romanised spelling, names that start with the text first', () => {
    expect(searchEntities(all, 'KIM yo-jong').map((h) => h.entity.id)).toEqual(['1']);
    expect(searchEntities(all, 'jong').map((h) => h.entity.id)).toEqual(['1', '2']);
    expect(searchEntities(all, "People's").map((h) => h.entity.id)).toEqual(['3']);
  });
  it('finds an entity by an alias in another script and says which alias matched', () => {
    expect(searchEntities(all, '김여정')).toEqual([{ entity: all[0], viaAlias: '김여정' }]);
  });
  it('offers everything for an empty search', () => {
    expect(searchEntities(all, '  ')).toHaveLength(3);
  });
});
