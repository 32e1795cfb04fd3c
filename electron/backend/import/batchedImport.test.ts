// Plain-text files are imported in batches sharing one transaction (issue 14's capture throughput):
// each file still lands whole or not at all, a bad one fails alone, duplicates within the same batch
// are found, and the library verifies afterwards exactly as with one transaction per file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';
import { flushIndexWrites, holdIndexWrites, indexField, unindexObject } from '../search/searchIndex';
import { mutate } from '../services/context';

describe('batched plain-text import', () => {
  it('keeps each file atomic inside a batch: bad files fail alone, duplicates are found, verify passes', async () => {
    const backend = openTestBackend();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), `${SEED_TEXT}\n\nCopy A, marked quillwort.`);
    fs.writeFileSync(path.join(dir, 'b.txt'), '   \n\n  '); // nothing to capture
    fs.writeFileSync(path.join(dir, 'c.md'), `# Copy C\n\n${SEED_TEXT} Marked zebrawood.`);
    fs.writeFileSync(path.join(dir, 'd.txt'), `${SEED_TEXT}\n\nCopy A, marked quillwort.`); // the same bytes as a.txt
    fs.writeFileSync(path.join(dir, 'e.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])); // binary
    fs.writeFileSync(path.join(dir, 'f.txt'), `${SEED_TEXT}\n\nCopy F, marked hornbeam.`);
    const { jobId } = await backend.call('articles.importFiles', { paths: [dir] });
    const { result } = await backend.jobs.wait(jobId);
    const outcome = result as {
      imported: { id: string; title: string }[];
      duplicates: { path: string }[];
      failed: { path: string }[];
    };
    expect(outcome.imported).toHaveLength(3);
    expect(outcome.duplicates.map((d) => path.basename(d.path))).toEqual(['d.txt']);
    expect(outcome.failed.map((f) => path.basename(f.path)).sort()).toEqual(['b.txt', 'e.txt']);
    // Every stored article is whole: its original, its text in the index, its audit row.
    const db = backend.ctx.db;
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    expect(
      db.prepare("SELECT count(*) FROM search_docs WHERE object_kind = 'article' AND field = 'text'").pluck().get(),
    ).toBe(3);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'article.capture'").pluck().get()).toBe(3);
    expect(db.inTransaction).toBe(false);
    // The index rows were held back to the batch's commit: each text is found by its own word, once.
    const [a, c, f] = outcome.imported.map((i) => i.id);
    for (const [word, id] of [
      ['quillwort', a],
      ['zebrawood', c],
      ['hornbeam', f],
    ]) {
      const found = await backend.call('search.query', { query: word! });
      expect(found.results.map((r) => r.id)).toEqual([id]);
    }
    const verified = await backend.call('library.verify', {});
    expect(verified.checks.filter((c) => !c.ok)).toEqual([]);
    await backend.close();
  });

  it("drops the index rows a rolled-back file asked for, and writes the batch's others at its commit", async () => {
    const backend = openTestBackend();
    const { ctx } = backend;
    const db = ctx.db;
    const ftsHits = (word: string) =>
      db
        .prepare(
          'SELECT d.object_id FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ? ORDER BY 1',
        )
        .pluck()
        .all(word);
    db.exec('BEGIN IMMEDIATE');
    holdIndexWrites(db);
    mutate(ctx, () => indexField(db, 'case', 'kept', 'title', 'alderwood kept'));
    expect(() =>
      mutate(ctx, () => {
        indexField(db, 'case', 'lost', 'title', 'alderwood lost');
        throw new Error('this file fails after its index write');
      }),
    ).toThrow('this file fails');
    // Re-indexing and removing inside the batch keep their order: the last word wins.
    mutate(ctx, () => indexField(db, 'case', 'moved', 'title', 'birchwood'));
    mutate(ctx, () => indexField(db, 'case', 'moved', 'title', 'cedarwood'));
    mutate(ctx, () => indexField(db, 'case', 'gone', 'title', 'alderwood gone'));
    mutate(ctx, () => unindexObject(db, 'gone'));
    expect(ftsHits('alderwood')).toEqual([]); // held until the batch ends
    flushIndexWrites(db);
    db.exec('COMMIT');
    expect(ftsHits('alderwood')).toEqual(['kept']);
    expect(ftsHits('birchwood')).toEqual([]);
    expect(ftsHits('cedarwood')).toEqual(['moved']);
    expect(db.prepare("SELECT object_id FROM search_docs WHERE object_id IN ('lost', 'gone')").all()).toEqual([]);
    // After the flush, writes go straight to the index again.
    mutate(ctx, () => indexField(db, 'case', 'later', 'title', 'elmwood'));
    expect(ftsHits('elmwood')).toEqual(['later']);
  });
});
