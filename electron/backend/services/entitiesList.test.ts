// The Entities list (issue 14): pages by name, by offset or by keyset cursor, in exactly the order
// of a straightforward query, with each entity's aliases and counts as `entities.get` gives them;
// the unfiltered list never sorts the whole table.
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/methods';
import type { Backend } from '../backend';
import { openTestBackend } from '../testing/tempLibrary';
import { entityPageQuery } from './entities';

const NAMES = ['Kim Yo Jong', 'kim yo jong', 'Hyesan', 'Changbai', 'changbai', 'Ä Trading', 'Daily NK', 'Kim Jong Un'];

async function seed(backend: Backend) {
  for (let i = 0; i < 30; i++) {
    await backend.call('entities.create', {
      name: `${NAMES[i % NAMES.length]}${i % 3 ? '' : ` ${i}`}`,
      type: i % 4 ? 'person' : 'location',
      aliases: i % 5 ? [`Alias ${i}`, `별칭${i}`] : [],
      tags: i % 6 ? [] : ['watch'],
    });
  }
}

function referenceIds(backend: Backend, where = '', params: unknown[] = []) {
  return backend.ctx.db
    .prepare(`SELECT id FROM entities e ${where} ORDER BY name COLLATE NOCASE, id`)
    .pluck()
    .all(...params) as string[];
}

async function paged(backend: Backend, filter: Record<string, unknown>, by: 'offset' | 'cursor') {
  const ids: string[] = [];
  for (let after: string | undefined, offset = 0; ; offset += 7) {
    const page = await backend.call('entities.list', {
      ...filter,
      limit: 7,
      ...(by === 'offset' ? { offset } : after ? { after } : {}),
    });
    ids.push(...page.items.map((e) => e.id));
    if (by === 'offset' ? page.items.length < 7 : !page.next) return { ids, total: page.total };
    after = page.next ?? undefined;
  }
}

describe('Entities list', () => {
  it('pages by name in the order of a plain query, filtered by type and by name or alias', async () => {
    const backend = openTestBackend();
    await seed(backend);
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{}, '', []],
      [{ type: 'location' }, "WHERE type = 'location'", []],
      [
        { query: 'kim' },
        "WHERE name LIKE '%kim%' OR id IN (SELECT entity_id FROM entity_aliases WHERE text LIKE '%kim%')",
        [],
      ],
      [{ query: '별칭1' }, "WHERE id IN (SELECT entity_id FROM entity_aliases WHERE text LIKE '별칭1%')", []],
    ];
    for (const [filter, where, params] of cases) {
      const want = referenceIds(backend, where, params);
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      for (const by of ['offset', 'cursor'] as const) {
        const got = await paged(backend, filter, by);
        expect(got.ids, `${JSON.stringify(filter)} by ${by}`).toEqual(want);
        expect(got.total).toBe(want.length);
      }
      // Without a limit: every match, as the pickers ask.
      expect((await backend.call('entities.list', filter)).items.map((e) => e.id)).toEqual(want);
    }
    // Each row is the entity itself, aliases in the order they were added.
    const { items } = await backend.call('entities.list', { limit: 100 });
    for (const entity of items) expect(entity).toEqual(await backend.call('entities.get', { id: entity.id }));
    await expect(backend.call('entities.list', { after: '["only one"]', limit: 5 })).rejects.toThrow(/page cursor/);
    await backend.close();
  });

  it('reads the unfiltered list from an index, never sorting the whole table', () => {
    const backend = openTestBackend();
    for (const after of [undefined, JSON.stringify(['x', 'y'])]) {
      const input = methods['entities.list'].input.parse({ limit: 100, ...(after ? { after } : {}) });
      const { pageSql, params, cursorParams } = entityPageQuery(input);
      const plan = backend.ctx.db
        .prepare(`EXPLAIN QUERY PLAN ${pageSql}`)
        .all(...params, ...cursorParams, 100, 0)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plan).toMatch(/COVERING INDEX entities_name_id/);
    }
    void backend.close();
  });
});
