// Watch terms: every capture or import containing a watched name, alias or phrase is flagged, with
// the hit in its sentence; the list, the hits and their seen marks replay in verify.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { openTestBackend, SEED_TEXT, tempDir } from '../testing/tempLibrary';
import { INLINE_SCAN_LIMIT, SCAN_BATCH } from './watch';

async function expectVerified(backend: Backend): Promise<void> {
  const report = await backend.call('library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
}

describe('watch terms', () => {
  it('flag pasted and imported articles that contain a term, in context, and only those', async () => {
    const backend = openTestBackend();
    const company = await backend.call('watch.add', { term: 'Kimbongsokyong Trading Company' });
    await backend.call('watch.add', { term: '혜산' });
    await backend.call('watch.add', { term: 'Yalu River' });
    // The same term folded (case, hyphens, spaces) is refused: one term, one entry.
    expect(
      await backend.call('watch.add', { term: 'kimbongsokyong trading-company' }).catch((e: Error) => e.message),
    ).toMatch(/already on the watch list/);

    const { article: seed } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const { article: plain } = await backend.call('articles.createFromText', { text: 'Nothing to see here.' });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'korean.txt'), '혜산에서 밀수가 늘었다.\n둘째 문장.');
    const { jobId } = await backend.call('articles.importFiles', { paths: [path.join(dir, 'korean.txt')] });
    const imported = ((await backend.jobs.wait(jobId)).result as { imported: { id: string }[] }).imported[0]!.id;

    const { items, unseen } = await backend.call('watch.hits', {});
    expect(new Set(items.map((h) => h.articleId))).toEqual(new Set([seed.id, imported]));
    expect(unseen).toBe(items.length);
    const korean = items.find((h) => h.articleId === imported)!;
    expect(korean).toMatchObject({
      term: '혜산',
      context: { before: '', match: '혜산', after: '에서 밀수가 늘었다.' },
    });
    const first = items.find((h) => h.articleId === seed.id && h.termId === company.id)!;
    expect(first.context.match).toBe('Kimbongsokyong Trading Company');
    expect(SEED_TEXT).toContain(`${first.context.before}${first.context.match}${first.context.after}`);

    // The Library flags the articles with hits, and the terms count them.
    const list = await backend.call('articles.list', {});
    const flags = Object.fromEntries(list.items.map((a) => [a.id, a.watchHits]));
    expect(flags[plain.id]).toBe(0);
    expect(flags[seed.id]).toBeGreaterThan(0);
    expect((await backend.call('watch.list', {})).items.find((t) => t.id === company.id)!.hits).toBeGreaterThan(0);
    await expectVerified(backend);

    // Seen marks: one, then all.
    await backend.call('watch.markSeen', { ids: [korean.id] });
    expect((await backend.call('watch.hits', { unseenOnly: true })).items.map((h) => h.id)).not.toContain(korean.id);
    await backend.call('watch.markSeen', {});
    expect((await backend.call('watch.hits', {})).unseen).toBe(0);

    // A removed term flags nothing new; its earlier hits stay.
    await backend.call('watch.remove', { id: company.id });
    const { article: later } = await backend.call('articles.createFromText', {
      text: 'The Kimbongsokyong Trading Company again.',
    });
    expect((await backend.call('watch.hits', {})).items.map((h) => h.articleId)).not.toContain(later.id);
    expect((await backend.call('watch.hits', {})).items.map((h) => h.termId)).toContain(company.id);
    await expectVerified(backend);

    // Hits go to the Trash with their article and come back with it.
    const before = (await backend.call('watch.hits', {})).items.length;
    await backend.call('articles.delete', { ids: [seed.id] });
    expect((await backend.call('watch.hits', {})).items.map((h) => h.articleId)).not.toContain(seed.id);
    await backend.call('articles.restore', { ids: [seed.id] });
    expect((await backend.call('watch.hits', {})).items).toHaveLength(before);
    await expectVerified(backend);
  });

  it('flag an article that arrives in a teammate’s case file', async () => {
    const teammate = openTestBackend();
    const { article } = await teammate.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const kase = await teammate.call('cases.create', { title: 'Shared' });
    await teammate.call('cases.addItems', { id: kase.id, itemIds: [article.id] });
    const exported = await teammate.jobs.wait((await teammate.call('cases.exportFile', { id: kase.id })).jobId);
    const { bytesBase64 } = exported.result as { bytesBase64: string };

    const mine = openTestBackend();
    await mine.call('watch.add', { term: 'Sinuiju' });
    const imported = await mine.jobs.wait((await mine.call('cases.importFile', { bytesBase64 })).jobId);
    expect(imported.status, JSON.stringify(imported.error)).toBe('done');
    const { items } = await mine.call('watch.hits', {});
    expect(items.map((h) => [h.articleId, h.context.match])).toEqual([
      [article.id, 'Sinuiju'],
      [article.id, 'Sinuiju'],
    ]);
    await expectVerified(mine);
  });

  it('look for a new term in the articles already stored, with hits like a capture’s', async () => {
    const backend = openTestBackend();
    const { article: seed } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const { article: plain } = await backend.call('articles.createFromText', { text: 'Nothing to see here.' });
    expect((await backend.call('watch.hits', {})).items).toEqual([]);

    const term = await backend.call('watch.add', { term: 'kimbongsokyong trading-company' });
    expect(term.scanNeeded).toBe(false);
    const { items } = await backend.call('watch.hits', {});
    expect(term.hits).toBe(items.length);
    expect(items.length).toBe(SEED_TEXT.split('Kimbongsokyong Trading Company').length - 1);
    expect(new Set(items.map((h) => h.articleId))).toEqual(new Set([seed.id]));
    expect(items.every((h) => h.context.match === 'Kimbongsokyong Trading Company' && !h.seen)).toBe(true);
    expect(SEED_TEXT).toContain(`${items[0]!.context.before}${items[0]!.context.match}${items[0]!.context.after}`);
    const flags = Object.fromEntries((await backend.call('articles.list', {})).items.map((a) => [a.id, a.watchHits]));
    expect(flags).toMatchObject({ [seed.id]: items.length, [plain.id]: 0 });

    // Running the look-back again records nothing twice.
    const again = await backend.jobs.wait((await backend.call('watch.scan', { id: term.id })).jobId);
    expect(again.result).toEqual({ termId: term.id, articles: 0, hits: 0 });
    expect((await backend.call('watch.hits', {})).items).toHaveLength(items.length);
    await expectVerified(backend);
    await expect(backend.call('watch.scan', { id: seed.id })).rejects.toThrow(/No watch term has the id/);
  });

  it('look through a large library as a job, one transaction per batch, resumable after Cancel', async () => {
    const backend = openTestBackend();
    const count = INLINE_SCAN_LIMIT + SCAN_BATCH / 2;
    for (let i = 0; i < count; i++) {
      await backend.call('articles.createFromText', { text: `Report ${i}: ice on the Yalu River near Hyesan.` });
    }
    await backend.call('articles.createFromText', { text: 'Ice on another river.' });
    const term = await backend.call('watch.add', { term: 'Yalu River' });
    // Too many to look through in the adding transaction: nothing is flagged until the job runs.
    expect(term).toMatchObject({ scanNeeded: true, hits: 0 });
    expect((await backend.call('watch.hits', {})).items).toEqual([]);

    // Cancelled at its first progress report, the job still commits the batch it had started, and
    // only that one: each batch is its own transaction.
    const progress: number[] = [];
    let jobId = '';
    const off = backend.onEvent((event, payload) => {
      if (event !== 'job.progress') return;
      const p = payload as { jobId: string; progress: { done: number; total: number } };
      if (p.jobId !== jobId) return;
      progress.push(p.progress.done);
      backend.jobs.cancel(jobId);
    });
    jobId = (await backend.call('watch.scan', { id: term.id })).jobId;
    const cancelled = await backend.jobs.wait(jobId);
    off();
    expect(cancelled.status).toBe('cancelled');
    expect(progress).toEqual([0]);
    expect(cancelled.result).toEqual({ termId: term.id, articles: SCAN_BATCH, hits: SCAN_BATCH });
    expect((await backend.call('watch.hits', { limit: 5000 })).items).toHaveLength(SCAN_BATCH);
    await expectVerified(backend);

    // Run again: the rest is found, with progress to the end, and nothing twice.
    const reports: { done: number; total: number }[] = [];
    const off2 = backend.onEvent((event, payload) => {
      if (event === 'job.progress') reports.push((payload as { progress: { done: number; total: number } }).progress);
    });
    const done = await backend.jobs.wait((await backend.call('watch.scan', { id: term.id })).jobId);
    off2();
    expect(done.status).toBe('done');
    expect(done.result).toEqual({ termId: term.id, articles: count - SCAN_BATCH, hits: count - SCAN_BATCH });
    expect(reports.at(-1)).toMatchObject({ done: count, total: count });
    expect(reports.map((r) => r.done)).toEqual([
      ...Array.from({ length: Math.ceil(count / SCAN_BATCH) }, (_, i) => i * SCAN_BATCH),
      count,
    ]);
    const hits = (await backend.call('watch.hits', { limit: 5000 })).items;
    expect(hits).toHaveLength(count);
    expect(new Set(hits.map((h) => h.articleId)).size).toBe(count);
    expect(hits[0]!.context).toMatchObject({ match: 'Yalu River' });
    expect((await backend.call('watch.list', {})).items[0]!.hits).toBe(count);
    await expectVerified(backend);
  });
});
