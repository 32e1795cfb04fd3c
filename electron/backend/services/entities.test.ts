// Entities through the contract: suggestions from names and aliases in any spelling, decisions
// remembered, library scans, merge and undo, split, and the entity page.
import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

const SECOND =
  'Reports say KIM Yo-jong visited the Hyesan customs office. 김여정이 지시했다는 소문도 있다. Kim Yo Jongil is someone else.';

async function library() {
  const backend = openTestBackend();
  const seed = (await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' })).article;
  const second = (await backend.call('articles.createFromText', { text: SECOND, title: 'Second' })).article;
  const kim = await backend.call('entities.create', {
    name: 'Kim Yo Jong',
    type: 'person',
    aliases: ['Kim Yo-jong', '김여정'],
  });
  const hyesan = await backend.call('entities.create', { name: 'Hyesan customs office', type: 'facility' });
  return { backend, seed, second, kim, hyesan };
}

describe('suggestions', () => {
  it('suggests every spelling of a known entity and offers candidates separately', async () => {
    const { backend, second, kim } = await library();
    const { suggestions, candidates } = await backend.call('entities.suggest', { articleId: second.id });
    expect(suggestions.filter((s) => s.entityId === kim.id).map((s) => s.text)).toEqual(['KIM Yo-jong', '김여정']);
    expect(suggestions.map((s) => s.name)).toContain('Hyesan customs office');
    expect(candidates.map((c) => c.text)).not.toContain('KIM Yo-jong');
  });

  it('sees a name given after an earlier suggestion, here or by another process on the same library', async () => {
    const { backend, second, kim } = await library();
    const names = async () =>
      (await backend.call('entities.suggest', { articleId: second.id })).suggestions.map((s) => s.text);
    expect(await names()).not.toContain('Reports');
    await backend.call('entities.create', { name: 'Reports', type: 'other' });
    expect(await names()).toContain('Reports');
    await backend.call('entities.addAlias', { id: kim.id, text: 'Kim Yo Jongil' });
    expect(await names()).toContain('Kim Yo Jongil');
    // Another process (the casefile command, a second window) writing to the same library file.
    const other = openTestBackend(backend.ctx.libraryPath, 'Another Analyst');
    await other.call('entities.create', { name: 'someone', type: 'person' });
    expect(await names()).toContain('someone');
  });

  it('remembers a dismissal and an acceptance', async () => {
    const { backend, second, kim } = await library();
    const { suggestions } = await backend.call('entities.suggest', { articleId: second.id });
    const [latin, hangul] = suggestions.filter((s) => s.entityId === kim.id);
    await backend.call('mentions.dismiss', {
      entityId: kim.id,
      articleId: second.id,
      start: hangul!.start,
      end: hangul!.end,
    });
    await backend.call('mentions.create', {
      entityId: kim.id,
      articleId: second.id,
      start: latin!.start,
      end: latin!.end,
    });
    const after = await backend.call('entities.suggest', { articleId: second.id });
    expect(after.suggestions.filter((s) => s.entityId === kim.id)).toEqual([]);
    const mentions = await backend.call('mentions.list', { articleId: second.id });
    expect(mentions.items.map((m) => [m.exact, m.status])).toEqual([
      ['KIM Yo-jong', 'accepted'],
      ['김여정', 'dismissed'],
    ]);
  });

  it('accepts all of an entity’s suggestions in an article, and a removed mention can be put back', async () => {
    const { backend, second, kim } = await library();
    expect(await backend.call('mentions.acceptAll', { entityId: kim.id, articleId: second.id })).toEqual({
      accepted: 2,
    });
    const [first] = (await backend.call('mentions.list', { entityId: kim.id })).items;
    const removed = await backend.call('mentions.delete', { id: first!.id });
    expect((await backend.call('mentions.list', { entityId: kim.id })).items).toHaveLength(1);
    await backend.call('mentions.create', {
      entityId: removed.entityId,
      articleId: removed.articleId,
      start: removed.start,
      end: removed.end,
    });
    expect((await backend.call('mentions.list', { entityId: kim.id })).items).toHaveLength(2);
  });

  it('scans the library for an entity through the index', async () => {
    const { backend, seed, second, kim } = await library();
    const { jobId } = await backend.call('entities.scan', { id: kim.id });
    const state = await backend.jobs.wait(jobId);
    const result = state.result as {
      articles: { articleId: string; occurrences: number; context: { before: string; match: string; after: string } }[];
    };
    expect(result.articles.map((a) => a.articleId).sort()).toEqual([seed.id, second.id].sort());
    // Each article's first undecided occurrence, in its sentence: the match is a name of Kim's.
    for (const a of result.articles) {
      expect(a.context.match).toMatch(/Kim|KIM|김여정/);
      expect(`${a.context.before}${a.context.match}${a.context.after}`.length).toBeGreaterThan(a.context.match.length);
    }
  });
});

describe('merging, splitting and the entity page', () => {
  it('merges duplicates with aliases, mentions and relationships kept, and undoes it', async () => {
    const { backend, seed, kim } = await library();
    const dup = await backend.call('entities.create', {
      name: 'Kim Yo-jong (WPK)',
      type: 'person',
      aliases: ['金与正'],
    });
    await backend.call('mentions.create', {
      entityId: dup.id,
      articleId: seed.id,
      quote: 'Kim Yo Jong, North Korean leader',
    });
    const company = await backend.call('entities.create', {
      name: 'Kimbongsokyong Trading Company',
      type: 'organization',
    });
    await backend.call('relationships.create', { fromEntityId: company.id, toEntityId: dup.id, type: 'controls' });
    const { mergeId, entity } = await backend.call('entities.merge', { keepId: kim.id, mergeId: dup.id });
    expect(entity.aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Kim Yo-jong', '김여정', 'Kim Yo-jong (WPK)', '金与正']),
    );
    expect((await backend.call('mentions.list', { entityId: kim.id })).items).toHaveLength(1);
    expect((await backend.call('relationships.list', { entityId: kim.id })).items).toHaveLength(1);
    await backend.call('merges.undo', { id: mergeId });
    expect((await backend.call('entities.get', { id: dup.id })).aliases.map((a) => a.text)).toEqual(['金与正']);
    expect((await backend.call('entities.get', { id: kim.id })).aliases.map((a) => a.text)).toEqual([
      'Kim Yo-jong',
      '김여정',
    ]);
    expect((await backend.call('mentions.list', { entityId: dup.id })).items).toHaveLength(1);
    expect((await backend.call('relationships.list', { entityId: dup.id })).items).toHaveLength(1);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  });

  it('splits an alias into its own entity with its mentions', async () => {
    const { backend, second, kim } = await library();
    await backend.call('mentions.acceptAll', { entityId: kim.id, articleId: second.id });
    const hangul = kim.aliases.find((a) => a.text === '김여정')!;
    const { entity, from } = await backend.call('entities.splitAlias', { id: kim.id, aliasId: hangul.id });
    expect(entity.name).toBe('김여정');
    expect(from.aliases.map((a) => a.text)).toEqual(['Kim Yo-jong']);
    expect((await backend.call('mentions.list', { entityId: entity.id })).items.map((m) => m.exact)).toEqual([
      '김여정',
    ]);
  });

  it('splitting off a mere spelling of the name moves only mentions written exactly that way', async () => {
    const { backend, seed, second, kim } = await library();
    await backend.call('mentions.acceptAll', { entityId: kim.id, articleId: seed.id }); // "Kim Yo Jong"
    await backend.call('mentions.acceptAll', { entityId: kim.id, articleId: second.id }); // "KIM Yo-jong", 김여정
    const spelling = kim.aliases.find((a) => a.text === 'Kim Yo-jong')!;
    const { entity } = await backend.call('entities.splitAlias', { id: kim.id, aliasId: spelling.id });
    expect((await backend.call('mentions.list', { entityId: entity.id })).items).toEqual([]);
    expect((await backend.call('mentions.list', { entityId: kim.id })).items.map((m) => m.exact).sort()).toEqual(
      ['KIM Yo-jong', 'Kim Yo Jong', '김여정'].sort(),
    );
  });

  it('shows mentions with grades, sources, co-mentioned entities, relationships and notes', async () => {
    const { backend, seed, kim, hyesan } = await library();
    const source = await backend.call('sources.create', { name: 'a Chinese trader', kind: 'human-source' });
    await backend.call('sources.rate', { id: source.id, reliability: 'F', rationale: 'cannot be judged' });
    const excerpt = await backend.call('excerpts.create', {
      articleId: seed.id,
      quote: 'the trading company is working under the direction of Kim Yo Jong',
      sourceId: source.id,
      credibility: 3,
    });
    await backend.call('mentions.acceptAll', { entityId: kim.id, articleId: seed.id });
    await backend.call('mentions.acceptAll', { entityId: hyesan.id, articleId: seed.id });
    const noteJson = JSON.stringify({
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'entity-mention', entityId: kim.id, text: '@Kim Yo Jong' }] },
        ],
      },
    });
    await backend.call('excerpts.update', { id: excerpt.id, note: { json: noteJson, text: 'see @Kim Yo Jong' } });
    await backend.call('relationships.create', {
      fromEntityId: hyesan.id,
      toEntityId: kim.id,
      type: 'other',
      label: 'used by',
      excerptIds: [excerpt.id],
    });
    const page = await backend.call('entities.page', { id: kim.id });
    expect(page.mentions).toHaveLength(1);
    expect(page.mentions[0]).toMatchObject({ articleTitle: 'Seed', excerptId: excerpt.id, grade: 'F3' });
    // Keyword in context: the sentence around the mention, the name itself left out.
    expect(page.mentions[0]!.context.before).toMatch(/working under the direction of $/);
    expect(page.mentions[0]!.context.after).toMatch(/^\S*[\s.,]/);
    expect(page.sources).toEqual([{ id: source.id, name: 'a Chinese trader', reliability: 'F', excerpts: 1 }]);
    expect(page.coMentioned).toEqual([{ id: hyesan.id, name: 'Hyesan customs office', type: 'facility', articles: 1 }]);
    expect(page.relationships[0]).toMatchObject({
      direction: 'incoming',
      other: { id: hyesan.id },
      evidence: [{ id: excerpt.id, grade: 'F3' }],
    });
    expect(page.notes).toEqual([expect.objectContaining({ kind: 'excerpt', id: excerpt.id, articleId: seed.id })]);
  });
});
