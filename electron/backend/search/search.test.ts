import { describe, expect, it } from 'vitest';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

const KOREAN = '양강도 혜산시에서 밀수가 계속되고 있다. 김여정이 관련되었다는 소문이 있다.';

async function library() {
  const backend = openTestBackend();
  const seed = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Seed article',
    publisher: 'Daily NK',
  });
  const korean = await backend.call('articles.createFromText', {
    text: KOREAN,
    title: '혜산 밀수',
    language: 'ko',
    publisher: 'Unrated Press',
  });
  return { backend, seed: seed.article, korean: korean.article };
}

describe('full-text search', () => {
  it('finds English words, with the match marked', async () => {
    const { backend, seed } = await library();
    const { results } = await backend.call('search.query', { query: 'clinker' });
    expect(results.map((r) => r.id)).toEqual([seed.id]);
    const r = results[0]!;
    expect(r.highlights.map((h) => r.snippet.slice(h.start, h.end))).toEqual(['clinker']);
  });

  it('finds a company name and folds case and diacritics', async () => {
    const { backend, seed } = await library();
    expect((await backend.call('search.query', { query: 'KIMBONGSOKYONG' })).results[0]!.id).toBe(seed.id);
    await backend.call('articles.createFromText', { text: 'Le café de Hyesan est fermé.', title: 'Café' });
    expect((await backend.call('search.query', { query: 'cafe ferme' })).results).toHaveLength(1);
  });

  it('finds the two-syllable Korean word 혜산 inside 혜산시에서', async () => {
    const { backend, korean, seed } = await library();
    const { results } = await backend.call('search.query', { query: '혜산' });
    expect(results.map((r) => r.id)).toContain(korean.id);
    const hit = results.find((r) => r.id === korean.id)!;
    expect(hit.highlights.length).toBeGreaterThan(0);
    // A Korean name is also searched for in its romanised spellings: the seed writes Kim Yo Jong.
    expect((await backend.call('search.query', { query: '김여정' })).results.map((r) => r.id).sort()).toEqual(
      [korean.id, seed.id].sort(),
    );
  });

  it('finds excerpts, entities by alias, sources and cases', async () => {
    const { backend, seed } = await library();
    const excerpt = await backend.call('excerpts.create', { articleId: seed.id, quote: 'magnesia clinker' });
    const entity = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
    const kinds = (await backend.call('search.query', { query: 'clinker' })).results.map((r) => `${r.kind}:${r.id}`);
    expect(kinds).toContain(`excerpt:${excerpt.id}`);
    expect(
      (await backend.call('search.query', { query: '김여정', kinds: ['entity'] })).results.map((r) => r.id),
    ).toEqual([entity.id]);
    expect((await backend.call('search.query', { query: 'Daily', kinds: ['source'] })).results).toHaveLength(1);
  });

  it('filters by the reliability of the source', async () => {
    const { backend, seed, korean } = await library();
    await backend.call('sources.rate', { id: seed.publisherSourceId!, reliability: 'B', rationale: 'record' });
    const text = '혜산 clinker';
    await backend.call('articles.createFromText', { text, title: 'mixed' });
    const atLeastB = await backend.call('search.query', { query: 'clinker', minReliability: 'B' });
    expect(atLeastB.results.map((r) => r.id)).toEqual([seed.id]);
    expect((await backend.call('search.query', { query: 'clinker', minReliability: 'A' })).results).toEqual([]);
    const unrated = await backend.call('search.query', { query: '혜산', minReliability: 'unrated' });
    expect(unrated.results.map((r) => r.id)).toContain(korean.id);
  });

  it('matches a quoted name as a phrase of whole words, and shows the passage that matched', async () => {
    const { backend, seed } = await library();
    const apart = await backend.call('articles.createFromText', {
      text: 'Kimbongsokyong traders met Yo Jong officials.',
      title: 'Words apart',
    });
    const phrase = (await backend.call('search.query', { query: '"Kim Yo-jong"' })).results;
    expect(phrase.map((r) => r.id)).toEqual([seed.id]);
    expect(phrase[0]!.highlights.map((h) => phrase[0]!.snippet.slice(h.start, h.end))).toEqual(['Kim Yo Jong']);
    // Unquoted, the words may stand apart, and the last one, still being typed, is a prefix…
    const ids = async (query: string) => (await backend.call('search.query', { query })).results.map((r) => r.id);
    expect(await ids('Jong Kimbong')).toContain(apart.article.id);
    // …while a word finished with a space is whole: "Kimbong" is not Kimbongsokyong there.
    expect(await ids('Kimbong Jong')).not.toContain(apart.article.id);
    // Quoted, "Kim" is a whole word, not the start of Kimbongsokyong.
    expect((await backend.call('search.query', { query: '"Kim"' })).results.map((r) => r.id)).toEqual([seed.id]);
    expect((await backend.call('search.query', { query: '"Kimbong"' })).results).toEqual([]);
  });

  it('treats query syntax as plain words and survives odd input', async () => {
    const { backend } = await library();
    for (const query of ['"', 'NEAR(', 'title:x', '*', 'AND OR NOT', '\u0000', '😀']) {
      const envelope = await backend.dispatch('search.query', { query });
      expect(envelope.ok, query).toBe(true);
    }
  });

  it('rebuilds the index as a job with the same results', async () => {
    const { backend, seed } = await library();
    const { jobId } = await backend.call('search.reindex', {});
    const state = await backend.jobs.wait(jobId);
    expect(state.status).toBe('done');
    expect((await backend.call('search.query', { query: 'clinker' })).results.map((r) => r.id)).toEqual([seed.id]);
  });
});
