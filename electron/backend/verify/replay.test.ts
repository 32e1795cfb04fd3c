// The other half of the tamper suite: everything Casefile itself writes replays exactly, so an
// honest library always verifies, and a library from before audit rows carried states is
// upgraded honestly (what can be proven from then on, and a note saying what cannot).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { Backend as BackendClass } from '../backend';
import { MIGRATIONS } from '../db/migrations';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from '../testing/tempLibrary';

async function job<T>(backend: Backend, started: Promise<{ jobId: string }>): Promise<T> {
  const state = await backend.jobs.wait((await started).jobId);
  if (state.status !== 'done') throw new Error(`${state.status}: ${state.error?.message}`);
  return state.result as T;
}

async function expectVerified(backend: Backend): Promise<void> {
  const report = await backend.call('library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
}

describe('replaying what Casefile writes', () => {
  it('verifies after every kind of change the services make, including merges, undo, splits and case-file imports', async () => {
    const alice = openTestBackend(tempLibraryPath(), 'Alice');
    const { article } = await alice.call('articles.createFromText', {
      text: SEED_TEXT,
      title: 'Masks',
      publisher: 'Daily NK',
      byline: 'By Jane Roe',
    });
    await alice.call('articles.updateMetadata', {
      id: article.id,
      title: 'Masks via Hyesan',
      byline: 'By Jane Roe and John Doe',
      language: 'en',
    });
    const dailyNk = article.publisherSourceId!;
    await alice.call('sources.rate', { id: dailyNk, reliability: 'B', rationale: 'long record' });
    const human = await alice.call('sources.create', {
      name: 'Ryanggang source',
      kind: 'human-source',
      parentId: dailyNk,
      aliases: ['RS'],
    });
    const twin = await alice.call('sources.create', { name: 'Ryanggang informant', kind: 'human-source' });
    await alice.call('sources.rate', { id: twin.id, reliability: 'D', rationale: 'one report' });
    await alice.call('sources.update', { id: human.id, description: 'in Hyesan' });
    const excerpt = await alice.call('excerpts.create', {
      articleId: article.id,
      quote: 'they were sterilized immediately',
      sourceId: twin.id,
      credibility: 3,
      tags: ['health'],
    });
    const other = await alice.call('excerpts.create', {
      articleId: article.id,
      quote: 'Then they were sent to Pyongyang.',
      credibility: 5,
    });
    await alice.call('excerpts.update', {
      id: excerpt.id,
      credibility: 2,
      note: { json: '', text: 'seen twice' },
      tags: ['health', 'customs'],
    });
    const merge = await alice.call('sources.merge', { keepId: human.id, mergeId: twin.id });
    await alice.call('merges.undo', { id: merge.mergeId });
    await alice.call('sources.merge', { keepId: human.id, mergeId: twin.id });
    const company = await alice.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
      aliases: ['Kimbongsokyong', 'KTC'],
    });
    const hyesan = await alice.call('entities.create', { name: 'Hyesan', type: 'location', aliases: ['혜산'] });
    const dup = await alice.call('entities.create', { name: 'Hyesan City', type: 'location' });
    await alice.call('entities.merge', { keepId: hyesan.id, mergeId: dup.id });
    await alice.call('entities.addAlias', { id: company.id, text: 'Kimbongsokyong Co.' });
    const ktc = (await alice.call('entities.get', { id: company.id })).aliases.find((a) => a.text === 'KTC')!;
    await alice.call('entities.splitAlias', { id: company.id, aliasId: ktc.id });
    const mention = await alice.call('mentions.create', {
      entityId: hyesan.id,
      articleId: article.id,
      quote: 'Hyesan customs office (Ryanggang Province)',
    });
    await alice.call('mentions.acceptAll', { entityId: company.id, articleId: article.id });
    await alice.call('mentions.delete', { id: mention.id });
    const rel = await alice.call('relationships.create', {
      fromEntityId: company.id,
      toEntityId: hyesan.id,
      type: 'located-in',
      excerptIds: [excerpt.id],
    });
    await alice.call('relationships.delete', { id: rel.id });
    await alice.call('relationships.create', { fromEntityId: company.id, toEntityId: hyesan.id, type: 'supplies' });
    const c = await alice.call('cases.create', { title: 'Border smuggling' });
    await alice.call('cases.addItems', { id: c.id, itemIds: [article.id, excerpt.id, other.id, company.id, human.id] });
    await alice.call('cases.removeItems', { id: c.id, itemIds: [other.id] });
    await alice.call('cases.update', { id: c.id, summary: { json: '', text: 'Masks and electronics' } });
    await alice.call('excerpts.delete', { id: other.id });
    const spare = await alice.call('sources.create', { name: 'Unused', kind: 'other' });
    await alice.call('sources.delete', { id: spare.id });
    await alice.call('settings.setAnalyst', { name: 'Alice Kim' });
    await expectVerified(alice);

    // A teammate imports the case, edits it, and Alice imports it back (updates and conflicts).
    const bytes = (await job<{ bytesBase64: string }>(alice, alice.call('cases.exportFile', { id: c.id }))).bytesBase64;
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    await job(bob, bob.call('cases.importFile', { bytesBase64: bytes }));
    await expectVerified(bob);
    await bob.call('excerpts.update', { id: excerpt.id, credibility: 4 });
    await alice.call('excerpts.update', { id: excerpt.id, credibility: 1 });
    const back = (await job<{ bytesBase64: string }>(bob, bob.call('cases.exportFile', { id: c.id }))).bytesBase64;
    const result = await job<{ conflicts: { id: string }[] }>(
      alice,
      alice.call('cases.importFile', { bytesBase64: back }),
    );
    for (const conflict of result.conflicts) await alice.call('conflicts.resolve', { id: conflict.id, keep: 'remote' });
    await expectVerified(alice);
    await expectVerified(bob);
  });

  it('a library from before audit rows carried states: upgraded with a baseline, proven from then on, and says so', async () => {
    const file = tempLibraryPath();
    const old = new BackendClass({ libraryPath: file, analyst: 'Alice', migrations: MIGRATIONS.slice(0, 1) });
    const { article } = await old.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const excerpt = await old.call('excerpts.create', {
      articleId: article.id,
      quote: 'they were sterilized immediately',
      credibility: 3,
    });
    await old.close();

    const upgraded = openTestBackend(file, 'Alice');
    const report = await upgraded.call('library.verify', {});
    expect(report.ok).toBe(true);
    const replay = report.checks.find((c) => c.name === 'state_matches_log')!;
    expect(replay.notes?.join(' ')).toMatch(
      /\d+ audit rows \(up to row \d+\) were written before Casefile recorded object states\. The state found at the upgrade \(row \d+/,
    );
    expect(upgraded.library.db.pragma('application_id', { simple: true })).toBe(0x4373466c);
    await upgraded.close();

    const db = new Database(file);
    db.prepare('UPDATE excerpts SET credibility = 1 WHERE id = ?').run(excerpt.id);
    db.close();
    const reopened = openTestBackend(file, 'Alice');
    const tampered = await reopened.call('library.verify', {});
    expect(tampered.checks.find((c) => c.name === 'state_matches_log')!.problems).toEqual([
      `excerpt ${excerpt.id} differs from the audit log: credibility: logged 3, stored 1`,
    ]);
  });
});
