// Two edges where the Trash meets older work: undoing an entity merge whose moved mentions went to
// the Trash since, and resolving a case-file conflict about an article that is in the Trash now.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from '../testing/tempLibrary';

async function expectVerified(backend: Backend): Promise<void> {
  const report = await backend.call('library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
}

async function job<T>(backend: Backend, started: Promise<{ jobId: string }>): Promise<T> {
  const state = await backend.jobs.wait((await started).jobId);
  expect(state.status, JSON.stringify(state.error)).toBe('done');
  return state.result as T;
}

describe('the Trash and earlier changes', () => {
  it('undoes an entity merge whose moved mentions were trashed since; restoring brings them back', async () => {
    const backend = openTestBackend();
    const { article: seed } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const { article: other } = await backend.call('articles.createFromText', {
      text: 'Kimbongsokyong Trading Company trucks crossed at Hyesan.',
      title: 'Trucks',
    });
    const kept = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
    });
    const dup = await backend.call('entities.create', { name: 'Kimbongsokyong Trading', type: 'organization' });
    const trashedMention = await backend.call('mentions.create', { entityId: dup.id, articleId: seed.id });
    const liveMention = await backend.call('mentions.create', { entityId: dup.id, articleId: other.id });
    const { mergeId } = await backend.call('entities.merge', { keepId: kept.id, mergeId: dup.id });

    await backend.call('articles.delete', { ids: [seed.id] });
    await backend.call('merges.undo', { id: mergeId });

    // The live mention goes back to the restored entity; the trashed one stays in the Trash.
    const dupMentions = (await backend.call('mentions.list', { entityId: dup.id })).items;
    expect(dupMentions.map((m) => m.id)).toEqual([liveMention.id]);
    expect((await backend.call('mentions.list', { articleId: seed.id })).items).toEqual([]);
    await expectVerified(backend);

    // Restored, the article brings its mention back exactly as it was trashed (under the entity
    // that held it then), and the library still verifies.
    const restored = await backend.call('articles.restore', { ids: [seed.id] });
    expect(restored.restored).toEqual([seed.id]);
    const back = (await backend.call('mentions.list', { articleId: seed.id })).items;
    expect(back.map((m) => m.id)).toEqual([trashedMention.id]);
    expect(back[0]!.entityId).toBe(kept.id);
    await expectVerified(backend);
  });

  it('resolves a case-file conflict about an article that is in the Trash', async () => {
    const alice = openTestBackend(tempLibraryPath(), 'Alice');
    const { article } = await alice.call('articles.createFromText', { text: SEED_TEXT, title: 'Masks' });
    const theCase = await alice.call('cases.create', { title: 'Shared' });
    await alice.call('cases.addItems', { id: theCase.id, itemIds: [article.id] });
    const exportBytes = async () =>
      (await job<{ bytesBase64: string }>(alice, alice.call('cases.exportFile', { id: theCase.id }))).bytesBase64;
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    await job(bob, bob.call('cases.importFile', { bytesBase64: await exportBytes() }));
    await alice.call('articles.updateMetadata', { id: article.id, title: 'Alice’s title' });
    await bob.call('articles.updateMetadata', { id: article.id, title: 'Bob’s title' });
    const result = await job<{ conflicts: { id: string; objectKind: string }[] }>(
      bob,
      bob.call('cases.importFile', { bytesBase64: await exportBytes() }),
    );
    const conflict = result.conflicts.find((c) => c.objectKind === 'article')!;
    expect(conflict).toBeDefined();

    await bob.call('articles.delete', { ids: [article.id] });
    // Keeping the teammate's version of a trashed article: refused with what to do, nothing changed.
    await expect(bob.call('conflicts.resolve', { id: conflict.id, keep: 'remote' })).rejects.toThrow(/Trash/);
    expect((await bob.call('conflicts.list', {})).items.map((c) => c.id)).toContain(conflict.id);
    await expectVerified(bob);
    // Restored, it can be settled as usual.
    await bob.call('articles.restore', { ids: [article.id] });
    await bob.call('conflicts.resolve', { id: conflict.id, keep: 'remote' });
    expect((await bob.call('articles.get', { id: article.id })).title).toBe('Alice’s title');
    expect((await bob.call('conflicts.list', {})).items).toEqual([]);
    await expectVerified(bob);
  });
});
