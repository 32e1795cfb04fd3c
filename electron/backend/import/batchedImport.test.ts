// Plain-text files are imported in batches sharing one transaction (issue 14's capture throughput):
// each file still lands whole or not at all, a bad one fails alone, duplicates within the same batch
// are found, and the library verifies afterwards exactly as with one transaction per file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';

describe('batched plain-text import', () => {
  it('keeps each file atomic inside a batch: bad files fail alone, duplicates are found, verify passes', async () => {
    const backend = openTestBackend();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), `${SEED_TEXT}\n\nCopy A.`);
    fs.writeFileSync(path.join(dir, 'b.txt'), '   \n\n  '); // nothing to capture
    fs.writeFileSync(path.join(dir, 'c.md'), `# Copy C\n\n${SEED_TEXT}`);
    fs.writeFileSync(path.join(dir, 'd.txt'), `${SEED_TEXT}\n\nCopy A.`); // the same bytes as a.txt
    fs.writeFileSync(path.join(dir, 'e.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])); // binary
    fs.writeFileSync(path.join(dir, 'f.txt'), `${SEED_TEXT}\n\nCopy F.`);
    const { jobId } = await backend.call('articles.importFiles', { paths: [dir] });
    const { result } = await backend.jobs.wait(jobId);
    const outcome = result as {
      imported: { title: string }[];
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
    const verified = await backend.call('library.verify', {});
    expect(verified.checks.filter((c) => !c.ok)).toEqual([]);
    await backend.close();
  });
});
