// Every column that refers to a source or an entity (the record modules' lists, which
// references.test.ts checks against the schema) is handled by a merge and its undo: for each one the
// library below has a row pointing at the merged object, and where the column can collide, one the
// kept object has too. A merge leaves nothing pointing at the merged object and moves what it says it
// moves; undo puts every row, on both sides, back exactly as it was.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { ENTITY_REFERENCES, SOURCE_REFERENCES, type MergedReference } from '../db/records';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';
import { mutate } from './context';
import { setTags } from './tags';

type Row = Record<string, unknown>;

const sortRows = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

function pointing(backend: Backend, ref: MergedReference, id: string): Row[] {
  return backend.ctx.db.prepare(`SELECT * FROM "${ref.table}" WHERE "${ref.column}" = ?`).all(id) as Row[];
}

async function mergeAndUndo(
  backend: Backend,
  references: readonly MergedReference[],
  ownNames: string,
  keptId: string,
  mergedId: string,
  merge: () => Promise<{ mergeId: string }>,
): Promise<void> {
  const name = (ref: MergedReference) => `${ref.table}.${ref.column}`;
  // Only the merged object's own names go with it (the kept one takes them as aliases); every other
  // row that referred to it ends up at the kept object, unless the kept one has the same already.
  expect(references.filter((r) => r.onMerge === 'owned').map(name)).toEqual([ownNames]);
  const before = new Map(
    references.map((ref) => [ref, { kept: pointing(backend, ref, keptId), merged: pointing(backend, ref, mergedId) }]),
  );
  for (const ref of references)
    expect(
      before.get(ref)!.merged.length,
      `the fixture has no ${name(ref)} pointing at the merged object`,
    ).toBeGreaterThan(0);

  const { mergeId } = await merge();
  for (const ref of references) {
    expect(pointing(backend, ref, mergedId), `${name(ref)} still points at the merged object`).toEqual([]);
    if (ref.onMerge === 'owned') continue;
    const kept = sortRows(pointing(backend, ref, keptId));
    const movedWhole = before
      .get(ref)!
      .merged.filter((row) => kept.includes(JSON.stringify({ ...row, [ref.column]: keptId })));
    expect(movedWhole.length, `no ${name(ref)} row was moved to the kept object`).toBeGreaterThan(0);
    if (ref.onMerge === 'move') expect(movedWhole, `${name(ref)} must move every row`).toEqual(before.get(ref)!.merged);
  }

  await backend.call('merges.undo', { id: mergeId });
  for (const ref of references) {
    expect(sortRows(pointing(backend, ref, mergedId)), `${name(ref)} of the merged object after undo`).toEqual(
      sortRows(before.get(ref)!.merged),
    );
    expect(sortRows(pointing(backend, ref, keptId)), `${name(ref)} of the kept object after undo`).toEqual(
      sortRows(before.get(ref)!.kept),
    );
  }
  const report = await backend.call('library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
}

describe('a merge and its undo move every column that refers to the merged object', () => {
  it('for sources', async () => {
    const backend = openTestBackend();
    const kept = await backend.call('sources.create', { name: 'Kim Reporter', kind: 'author', aliases: ['K. R.'] });
    const merged = await backend.call('sources.create', { name: 'K. Reporter', kind: 'author', aliases: ['KR'] });
    const child = await backend.call('sources.create', { name: 'Desk', kind: 'publication', parentId: merged.id });
    await backend.call('sources.rate', { id: merged.id, reliability: 'C', rationale: 'one report' });
    // Both wrote the first article (a collision); the merged one alone wrote the second and published it.
    const { article: both } = await backend.call('articles.createFromText', {
      text: SEED_TEXT,
      title: 'Both',
      byline: 'Kim Reporter and K. Reporter',
    });
    const { article: alone } = await backend.call('articles.createFromText', {
      text: 'Trucks crossed at Hyesan.',
      title: 'Alone',
      byline: 'K. Reporter',
      publisherSourceId: merged.id,
    });
    await backend.call('excerpts.create', {
      articleId: alone.id,
      quote: 'Trucks',
      sourceId: merged.id,
      credibility: 2,
    });
    const shared = await backend.call('cases.create', { title: 'Shared' });
    await backend.call('cases.addItems', { id: shared.id, itemIds: [kept.id, merged.id] });
    const own = await backend.call('cases.create', { title: 'Own' });
    await backend.call('cases.addItems', { id: own.id, itemIds: [merged.id] });
    mutate(backend.ctx, () => {
      setTags(backend.ctx, kept.id, 'source', ['border']);
      setTags(backend.ctx, merged.id, 'source', ['border', 'trade']);
    });
    expect(both.authors.map((a) => a.id)).toEqual([kept.id, merged.id]);
    expect(child.parentId).toBe(merged.id);

    await mergeAndUndo(backend, SOURCE_REFERENCES, 'source_aliases.source_id', kept.id, merged.id, () =>
      backend.call('sources.merge', { keepId: kept.id, mergeId: merged.id }),
    );
  });

  it('for entities', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const { article: other } = await backend.call('articles.createFromText', {
      text: 'Kimbongsokyong Trading trucks crossed at Hyesan.',
      title: 'Trucks',
    });
    const excerpt = await backend.call('excerpts.create', { articleId: other.id, quote: 'trucks crossed' });
    const sharedId = { key: 'opencorporates', value: 'KP-1' };
    const kept = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
      aliases: ['김봉석경'],
      externalIds: [sharedId],
      tags: ['border'],
    });
    const merged = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading',
      type: 'organization',
      aliases: ['KBS Trading', '김봉석경'],
      externalIds: [sharedId, { key: 'wikidata', value: 'Q1' }],
      tags: ['border', 'trade'],
    });
    const third = await backend.call('entities.create', { name: 'Hyesan customs', type: 'facility' });
    // A proposed spelling both dismissed (a collision), and one only the merged entity dismissed.
    const { proposals } = await backend.call('entities.spellings', { id: merged.id });
    const [both, only] = proposals.map(({ text, system }) => ({ text, system }));
    await backend.call('entities.dismissSpellings', { id: kept.id, spellings: [both!] });
    await backend.call('entities.dismissSpellings', { id: merged.id, spellings: [both!, only!] });
    // The same span mentioned by both (it collapses into the kept one's), and one only the merged has.
    const span = { articleId: other.id, start: 0, end: 'Kimbongsokyong Trading'.length };
    await backend.call('mentions.create', { entityId: kept.id, ...span });
    await backend.call('mentions.create', { entityId: merged.id, ...span });
    await backend.call('mentions.create', { entityId: merged.id, articleId: article.id, start: 0, end: 5 });
    for (const [from, to] of [
      [merged.id, third.id],
      [third.id, merged.id],
      [kept.id, merged.id],
      [merged.id, kept.id],
    ] as const)
      await backend.call('relationships.create', {
        fromEntityId: from,
        toEntityId: to,
        type: 'affiliated-with',
        excerptIds: [excerpt.id],
      });
    const shared = await backend.call('cases.create', { title: 'Shared' });
    await backend.call('cases.addItems', { id: shared.id, itemIds: [kept.id, merged.id] });
    const own = await backend.call('cases.create', { title: 'Own' });
    await backend.call('cases.addItems', { id: own.id, itemIds: [merged.id] });
    const excerptLinks = () => sortRows(backend.ctx.db.prepare('SELECT * FROM relationship_excerpts').all() as Row[]);
    const linksBefore = excerptLinks();

    await mergeAndUndo(backend, ENTITY_REFERENCES, 'entity_aliases.entity_id', kept.id, merged.id, () =>
      backend.call('entities.merge', { keepId: kept.id, mergeId: merged.id }),
    );
    // The relationships between the two went with the merge and came back with their excerpts.
    expect(excerptLinks()).toEqual(linksBefore);
  });
});
