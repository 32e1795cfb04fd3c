// Sources and ratings through the contract: history, grades, deletion rules, merge and undo, the
// reliability matrix and MISP machine tags.
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

async function seeded() {
  const backend = openTestBackend();
  const { article } = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Seed',
    publisher: 'Daily NK',
  });
  const dailyNk = article.publisherSourceId!;
  const ryanggang = await backend.call('sources.create', {
    name: 'Daily NK source (Ryanggang Province)',
    kind: 'human-source',
    parentId: dailyNk,
  });
  const duplicate = await backend.call('sources.create', {
    name: 'Ryanggang source',
    kind: 'human-source',
    parentId: dailyNk,
    aliases: ['RG source'],
  });
  return { backend, article, dailyNk, ryanggang, duplicate };
}

describe('ratings', () => {
  it('keeps every rating, newest first, and never rewrites one', async () => {
    const { backend, ryanggang } = await seeded();
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'first report' });
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'B', rationale: 'corroborated' });
    const source = await backend.call('sources.get', { id: ryanggang.id });
    expect(source.ratings.map((r) => [r.reliability, r.rationale, r.analyst])).toEqual([
      ['B', 'corroborated', 'Test Analyst'],
      ['C', 'first report', 'Test Analyst'],
    ]);
    expect(source.reliability).toBe('B');
    expect(source.machineTags).toEqual(['admiralty-scale:source-reliability="b"']);
    expect(() => backend.library.db.prepare("UPDATE source_ratings SET reliability = 'A'").run()).toThrow(/history/);
  });

  it('refuses G and an empty rationale', async () => {
    const { backend, ryanggang } = await seeded();
    expect(
      await backend.dispatch('sources.rate', { id: ryanggang.id, reliability: 'G', rationale: 'deceptive' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await backend.dispatch('sources.rate', { id: ryanggang.id, reliability: 'B', rationale: '' })).toMatchObject(
      { ok: false, error: { code: 'invalid_input' } },
    );
  });
});

describe('deleting and merging', () => {
  it('refuses to delete a source in use, saying why', async () => {
    const { backend, dailyNk, ryanggang } = await seeded();
    const refused = await backend.dispatch('sources.delete', { id: dailyNk });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'in_use', message: expect.stringMatching(/1 article.*2 source\(s\) sit under it/) },
    });
    await backend.call('sources.delete', { id: ryanggang.id });
    expect(await backend.dispatch('sources.get', { id: ryanggang.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('merges two sources (histories in time order, attributions moved) and undoes it exactly', async () => {
    const { backend, article, ryanggang, duplicate } = await seeded();
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'one' });
    await backend.call('sources.rate', { id: duplicate.id, reliability: 'D', rationale: 'two' });
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'B', rationale: 'three' });
    const excerpt = await backend.call('excerpts.create', {
      articleId: article.id,
      quote: 'magnesia clinker',
      sourceId: duplicate.id,
      credibility: 2,
      tags: ['minerals'],
    });
    const theCase = await backend.call('cases.create', { title: 'Case' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [duplicate.id] });
    const before = {
      kept: await backend.call('sources.get', { id: ryanggang.id }),
      merged: await backend.call('sources.get', { id: duplicate.id }),
    };

    const { mergeId, source } = await backend.call('sources.merge', { keepId: ryanggang.id, mergeId: duplicate.id });
    expect(source.ratings.map((r) => r.rationale)).toEqual(['three', 'two', 'one']);
    expect(source.aliases).toEqual(expect.arrayContaining(['Ryanggang source', 'RG source']));
    expect((await backend.call('excerpts.get', { id: excerpt.id })).sourceId).toBe(ryanggang.id);
    expect((await backend.call('cases.get', { id: theCase.id })).items.map((i) => i.itemId)).toEqual([ryanggang.id]);
    expect(await backend.dispatch('sources.get', { id: duplicate.id })).toMatchObject({ ok: false });
    expect(
      (await backend.call('search.query', { query: 'RG source', kinds: ['source'] })).results.map((r) => r.id),
    ).toEqual([ryanggang.id]);

    await backend.call('merges.undo', { id: mergeId });
    const after = {
      kept: await backend.call('sources.get', { id: ryanggang.id }),
      merged: await backend.call('sources.get', { id: duplicate.id }),
    };
    const comparable = (s: typeof before.kept) => ({ ...s, updatedAt: undefined });
    expect(comparable(after.kept)).toEqual(comparable(before.kept));
    expect(comparable(after.merged)).toEqual(comparable(before.merged));
    expect((await backend.call('excerpts.get', { id: excerpt.id })).sourceId).toBe(duplicate.id);
    expect((await backend.call('cases.get', { id: theCase.id })).items.map((i) => i.itemId)).toEqual([duplicate.id]);
    expect(await backend.dispatch('merges.undo', { id: mergeId })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already undone/) },
    });
    const actions = (
      backend.library.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'source.merge%'").all() as {
        action: string;
      }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['source.merge', 'source.merge.undo']);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  });

  it('refuses to merge a source into one that sits under it', async () => {
    const { backend, dailyNk, ryanggang } = await seeded();
    expect(await backend.dispatch('sources.merge', { keepId: ryanggang.id, mergeId: dailyNk })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('grades across the library', () => {
  it('counts excerpts per grade in a matrix whose cells open the same excerpts', async () => {
    const { backend, article, dailyNk, ryanggang } = await seeded();
    await backend.call('sources.rate', { id: dailyNk, reliability: 'B', rationale: 'record' });
    await backend.call('sources.rate', { id: ryanggang.id, reliability: 'C', rationale: 'single' });
    const quotes = ['magnesia clinker', 'quartz', 'Yalu River', 'Changbai'];
    const made = [];
    for (const [i, quote] of quotes.entries()) {
      made.push(
        await backend.call('excerpts.create', {
          articleId: article.id,
          quote,
          sourceId: i < 2 ? dailyNk : ryanggang.id,
          credibility: i % 2 ? 3 : 2,
        }),
      );
    }
    await backend.call('excerpts.create', { articleId: article.id, quote: 'Kimjongsuk County' });
    const matrix = await backend.call('reliability.matrix', {});
    expect(matrix.total).toBe(5);
    expect(matrix.cells).toEqual(
      expect.arrayContaining([
        { reliability: 'B', credibility: 2, count: 1 },
        { reliability: 'B', credibility: 3, count: 1 },
        { reliability: 'C', credibility: 2, count: 1 },
        { reliability: 'C', credibility: 3, count: 1 },
        { reliability: null, credibility: null, count: 1 },
      ]),
    );
    const cell = await backend.call('excerpts.list', { reliability: 'B', credibility: 3 });
    expect(cell.items.map((e) => e.exact)).toEqual(['quartz']);
    expect((await backend.call('excerpts.list', { reliability: 'unrated', credibility: 'ungraded' })).total).toBe(1);
    expect((await backend.call('excerpts.list', { minReliability: 'B' })).total).toBe(2);
    expect(made[1]!.machineTags).toEqual([
      'admiralty-scale:source-reliability="b"',
      'admiralty-scale:information-credibility="3"',
    ]);
    const theCase = await backend.call('cases.create', { title: 'Case' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [made[0]!.id] });
    expect((await backend.call('reliability.matrix', { caseId: theCase.id })).cells).toEqual([
      { reliability: 'B', credibility: 2, count: 1 },
    ]);
    expect((await backend.call('articles.list', { minReliability: 'B' })).total).toBe(1);
    expect((await backend.call('articles.list', { minReliability: 'A' })).total).toBe(0);
  });
});
