// Every kind of record, through its one module: the row, the API object the services return, the
// case-file record, and back into another library as the same row. And what adding a column to
// excerpts takes: the migration and records/excerpt.ts.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { buildCaseFile, collectCase } from '../../export/caseFile';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from '../../testing/tempLibrary';
import {
  MERGED,
  articleFields,
  articles,
  caseFields,
  cases,
  entities,
  entityFields,
  excerptFields,
  ExcerptRecord,
  ExcerptRow,
  excerpts,
  mentionFields,
  mentions,
  relationshipFields,
  relationships,
  rowFingerprint,
  sourceFields,
  sources,
} from '.';
import { recordTable } from './table';
import { text } from './fields';

async function job<T>(backend: Backend, started: Promise<{ jobId: string }>): Promise<T> {
  const state = await backend.jobs.wait((await started).jobId);
  if (state.status !== 'done') throw new Error(`${state.status}: ${state.error?.message}`);
  return state.result as T;
}

/** A library holding one of every kind, all in one case. */
async function library() {
  const alice = openTestBackend(tempLibraryPath(), 'Alice');
  const { article } = await alice.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Kimbongsokyong smuggling',
    publisher: 'Daily NK',
    byline: 'By Jane Roe',
    published: { value: '2020-03', qualifier: 'about' },
  });
  const publisher = article.publisherSourceId!;
  await alice.call('sources.rate', { id: publisher, reliability: 'B', rationale: 'long record' });
  const source = await alice.call('sources.create', {
    name: 'Daily NK source (Ryanggang Province)',
    kind: 'human-source',
    parentId: publisher,
    aliases: ['Ryanggang source'],
  });
  const excerpt = await alice.call('excerpts.create', {
    articleId: article.id,
    quote: 'quartz, magnesia clinker and other rare minerals',
    sourceId: source.id,
    credibility: 3,
    eventDate: { value: '2020-02', qualifier: 'early' },
    note: { json: '', text: 'night crossings' },
    tags: ['minerals'],
  });
  const kim = await alice.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  const company = await alice.call('entities.create', { name: 'Kimbongsokyong Trading Company', type: 'organization' });
  const mention = await alice.call('mentions.create', { entityId: kim.id, articleId: article.id });
  const relationship = await alice.call('relationships.create', {
    fromEntityId: company.id,
    toEntityId: kim.id,
    type: 'controls',
    label: 'runs',
    excerptIds: [excerpt.id],
  });
  const theCase = await alice.call('cases.create', {
    title: 'Border smuggling',
    summary: { json: '', text: 'Summary.' },
  });
  await alice.call('cases.addItems', {
    id: theCase.id,
    itemIds: [article.id, excerpt.id, source.id, kim.id, company.id],
  });
  return { alice, ids: { article, publisher, source, excerpt, kim, company, mention, relationship, theCase } };
}

describe('one record module per kind', () => {
  it('round-trips every kind: row → API object → case-file record → import → the same row', async () => {
    const { alice, ids } = await library();
    const db = alice.ctx.db;

    // Row → API: the services return exactly what the record module maps from the row.
    const articleRow = articles.get(db, ids.article.id)!;
    expect(await alice.call('articles.get', { id: ids.article.id })).toMatchObject(articleFields(articleRow));
    const sourceRow = sources.get(db, ids.source.id)!;
    expect(await alice.call('sources.get', { id: ids.source.id })).toMatchObject(sourceFields(sourceRow));
    const excerptRow = excerpts.get(db, ids.excerpt.id)!;
    expect(await alice.call('excerpts.get', { id: ids.excerpt.id })).toMatchObject(excerptFields(excerptRow));
    const entityRow = entities.get(db, ids.kim.id)!;
    expect(await alice.call('entities.get', { id: ids.kim.id })).toMatchObject(entityFields(entityRow));
    expect(mentionFields(mentions.get(db, ids.mention.id)!)).toEqual(ids.mention);
    expect(relationshipFields(relationships.get(db, ids.relationship.id)!, [ids.excerpt.id])).toEqual(ids.relationship);
    const caseRow = cases.get(db, ids.theCase.id)!;
    expect(await alice.call('cases.get', { id: ids.theCase.id })).toMatchObject(caseFields(caseRow));

    // A version's fingerprint is the same read from its row (a case-file record) or its API object
    // (an audit snapshot): a merge compares one shape.
    const contents = collectCase(alice.ctx, ids.theCase.id);
    const excerptRecord = contents.excerpts.find((e) => e.id === ids.excerpt.id)!;
    expect(rowFingerprint('excerpt', excerptRecord)).toBe(MERGED.excerpt.fingerprint(ids.excerpt));
    expect(rowFingerprint('article', contents.articles[0]!)).toBe(
      MERGED.article.fingerprint(await alice.call('articles.get', { id: ids.article.id })),
    );
    expect(rowFingerprint('case', contents.caseRecord)).toBe(
      MERGED.case.fingerprint(await alice.call('cases.get', { id: ids.theCase.id })),
    );

    // On the wire (format 2) a record has the API object's shape, as the audit log's snapshots do.
    const file = buildCaseFile(contents, 'test', '2026-01-01T00:00:00.000Z');
    const wire = JSON.parse(new TextDecoder().decode(unzipSync(file.bytes)[`excerpts/${ids.excerpt.id}.json`]));
    expect(wire).toEqual({ ...excerptFields(excerptRow), tags: ['minerals'] });
    const snapshot = JSON.parse(
      (
        db
          .prepare("SELECT after_json FROM audit_log WHERE object_id = ? AND action = 'excerpt.create'")
          .get(ids.excerpt.id) as { after_json: string }
      ).after_json,
    );
    expect(snapshot).toMatchObject(wire);

    // Case-file record → import into an empty library → the same rows, column for column.
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    await job(bob, bob.call('cases.importFile', { bytesBase64: Buffer.from(file.bytes).toString('base64') }));
    const same = <Row>(table: { get: (d: typeof db, id: string) => Row | undefined }, id: string) =>
      expect(table.get(bob.ctx.db, id), `${id}`).toEqual(table.get(db, id));
    same(articles, ids.article.id);
    for (const id of [ids.publisher, ids.source.id]) same(sources, id);
    same(excerpts, ids.excerpt.id);
    for (const id of [ids.kim.id, ids.company.id]) same(entities, id);
    same(mentions, ids.mention.id);
    same(relationships, ids.relationship.id);
    same(cases, ids.theCase.id);
    await alice.close();
    await bob.close();
  });

  it('imports a format-1 case file (records were rows), such as the sample, and passes it on as format 2', async () => {
    const sample = readFileSync(new URL('../../../../resources/sample/seed-walkthrough.casefile.zip', import.meta.url));
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(sample)['manifest.json']));
    expect(manifest.formatVersion, 'the sample case is the format-1 file this test reads').toBe(1);
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    const imported = await job<{ caseId: string; created: Record<string, number> }>(
      bob,
      bob.call('cases.importFile', { bytesBase64: sample.toString('base64') }),
    );
    expect(imported.created).toMatchObject({ articles: 1, excerpts: 3, relationships: 1 });
    const v1 = unzipSync(sample);
    const v1Excerpts = Object.keys(v1).filter((p) => p.startsWith('excerpts/'));
    expect(v1Excerpts).toHaveLength(3);
    for (const p of v1Excerpts) {
      const { tags: _tags, ...row } = JSON.parse(new TextDecoder().decode(v1[p]));
      expect(excerpts.get(bob.ctx.db, row.id)).toEqual(row);
    }

    const again = buildCaseFile(collectCase(bob.ctx, imported.caseId), 'test', '2026-01-01T00:00:00.000Z');
    expect(again.manifest.formatVersion).toBe(2);
    const carol = openTestBackend(tempLibraryPath(), 'Carol');
    await job(carol, carol.call('cases.importFile', { bytesBase64: Buffer.from(again.bytes).toString('base64') }));
    for (const p of v1Excerpts) {
      const id = p.slice('excerpts/'.length, -'.json'.length);
      expect(excerpts.get(carol.ctx.db, id)).toEqual(excerpts.get(bob.ctx.db, id));
    }
    const articleId = Object.keys(v1)
      .find((p) => p.startsWith('articles/'))!
      .slice('articles/'.length, -'.json'.length);
    expect(articles.get(carol.ctx.db, articleId)).toEqual(articles.get(bob.ctx.db, articleId));
    await bob.close();
    await carol.close();
  });

  it('takes a new excerpt column as a migration plus one line in the record module', async () => {
    const backend = openTestBackend(tempLibraryPath());
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    const excerpt = await backend.call('excerpts.create', { articleId: article.id, quote: 'rare minerals' });
    const db = backend.ctx.db;
    // The migration (here run by hand on a temporary library) …
    db.exec("ALTER TABLE excerpts ADD COLUMN translation TEXT NOT NULL DEFAULT ''");
    // … and, in records/excerpt.ts, the column in ExcerptRow (and ExcerptWire the field, the same way).
    const Row = ExcerptRow.extend({ translation: text.default('') });
    const table = recordTable('excerpts', Row);
    const Record = ExcerptRecord.extend(Row.pick({ translation: true }).shape);

    // Reads, writes, the case-file record's check and the merge's fast-forward all follow.
    const row = table.get(db, excerpt.id)!;
    expect(row.translation).toBe('');
    const record = Record.parse({ ...row, translation: 'rare minerals (EN)', tags: [] });
    table.update(db, record, ['translation']);
    expect(table.get(db, excerpt.id)).toEqual({ ...row, translation: 'rare minerals (EN)' });
    db.prepare('DELETE FROM excerpts WHERE id = ?').run(excerpt.id);
    expect(table.insert(db, record)).toBe(1);
    expect(table.get(db, excerpt.id)).toEqual({ ...row, translation: 'rare minerals (EN)' });
    expect(() => Record.parse({ ...record, translation: 7 })).toThrow(z.ZodError);
    // A case file written before the column still imports: its records read as the default.
    const { translation: _absent, ...older } = record;
    expect(Record.parse(older).translation).toBe('');
    await backend.close();
  });
});
