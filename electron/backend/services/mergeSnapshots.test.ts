// Merges made before references moved by the record modules' lists recorded each table by name; a
// library may still hold one, and undoing it must put everything back. The record is written here as
// that code wrote it, over the one a merge just made (the rows a merge leaves are the same).
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

describe('undoing a merge recorded in the earlier form', () => {
  it('restores a source with its ratings, excerpts, cases and aliases', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    const kept = await backend.call('sources.create', { name: 'Ryanggang source', kind: 'human-source' });
    const merged = await backend.call('sources.create', { name: 'RG source', kind: 'human-source', aliases: ['RG'] });
    const rating = await backend.call('sources.rate', { id: merged.id, reliability: 'C', rationale: 'one' });
    const excerpt = await backend.call('excerpts.create', {
      articleId: article.id,
      quote: 'magnesia clinker',
      sourceId: merged.id,
    });
    const theCase = await backend.call('cases.create', { title: 'Case' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [merged.id] });
    const row = backend.ctx.db.prepare('SELECT * FROM sources WHERE id = ?').get(merged.id);
    const member = backend.ctx.db.prepare('SELECT * FROM case_items WHERE item_id = ?').get(merged.id) as {
      added_at: string;
    };
    const before = await backend.call('sources.get', { id: merged.id });

    const { mergeId } = await backend.call('sources.merge', { keepId: kept.id, mergeId: merged.id });
    const legacy = {
      row,
      aliases: ['RG'],
      addedAliases: ['RG source', 'RG'],
      moved: { ratings: [rating.id], publisherOf: [], excerpts: [excerpt.id], children: [] },
      authorOf: [],
      caseItems: [
        { caseId: theCase.id, kind: 'source', addedAt: member.added_at, addedBy: 'Test Analyst', keptHad: false },
      ],
      tags: [],
    };
    backend.ctx.db.prepare('UPDATE merges SET snapshot_json = ? WHERE id = ?').run(JSON.stringify(legacy), mergeId);
    await backend.call('merges.undo', { id: mergeId });

    expect({ ...(await backend.call('sources.get', { id: merged.id })), updatedAt: '' }).toEqual({
      ...before,
      updatedAt: '',
    });
    expect((await backend.call('sources.get', { id: kept.id })).aliases).toEqual([]);
    expect((await backend.call('excerpts.get', { id: excerpt.id })).sourceId).toBe(merged.id);
    expect((await backend.call('cases.get', { id: theCase.id })).items.map((i) => i.itemId)).toEqual([merged.id]);
  });

  it('restores an entity with its aliases, mentions and the relationship between the two', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    const kept = await backend.call('entities.create', { name: 'Kimbongsokyong Trading Co.', type: 'organization' });
    const merged = await backend.call('entities.create', {
      name: 'KBS Trading',
      type: 'organization',
      aliases: ['KBS'],
    });
    const span = { articleId: article.id, start: 0, end: 5 };
    await backend.call('mentions.create', { entityId: kept.id, ...span });
    const collapsed = await backend.call('mentions.create', { entityId: merged.id, ...span });
    const moved = await backend.call('mentions.create', {
      entityId: merged.id,
      articleId: article.id,
      start: 6,
      end: 9,
    });
    const between = await backend.call('relationships.create', {
      fromEntityId: kept.id,
      toEntityId: merged.id,
      type: 'affiliated-with',
    });
    const db = backend.ctx.db;
    const all = (sql: string, id: string) => db.prepare(sql).all(id) as Record<string, unknown>[];
    const snapshotOf = (id: string) => ({
      row: db.prepare('SELECT * FROM entities WHERE id = ?').get(id),
      aliases: all(
        'SELECT id, text, script, normalized, system, generated FROM entity_aliases WHERE entity_id = ?',
        id,
      ),
      mentions: all('SELECT * FROM mentions WHERE entity_id = ?', id),
      relationship: db.prepare('SELECT * FROM relationships WHERE id = ?').get(between.id),
    });
    const before = snapshotOf(merged.id);

    const { mergeId } = await backend.call('entities.merge', { keepId: kept.id, mergeId: merged.id });
    const addedAliasIds = all('SELECT id FROM entity_aliases WHERE entity_id = ?', kept.id).map((a) => a.id);
    const legacy = {
      row: before.row,
      aliases: before.aliases,
      externalIds: [],
      addedAliasIds,
      keptDescription: kept.description,
      mentions: before.mentions,
      relationships: [],
      removedRelationships: [{ row: before.relationship, excerptIds: [] }],
      caseItems: [],
      tags: [],
    };
    db.prepare('UPDATE merges SET snapshot_json = ? WHERE id = ?').run(JSON.stringify(legacy), mergeId);
    await backend.call('merges.undo', { id: mergeId });

    expect(snapshotOf(merged.id)).toEqual(before);
    expect(before.mentions.map((m) => m.id).sort()).toEqual([collapsed.id, moved.id].sort());
    expect((await backend.call('entities.get', { id: kept.id })).aliases).toEqual([]);
  });
});
