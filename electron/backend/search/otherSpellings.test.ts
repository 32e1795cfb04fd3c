// Other spellings come from a cached list of every entity's names; a change to the entities must
// be seen by the very next search, or an alias just added would not be searched for.
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../testing/tempLibrary';

describe('other spellings in search', () => {
  it('searches an alias added after an earlier search', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', {
      text: '김여정 visited the border city.',
      title: 'Hangul only',
    });
    const search = async () => (await backend.call('search.query', { query: 'Kim Yo-jong' })).results.map((r) => r.id);
    expect(await search()).not.toContain(article.id);
    const entity = await backend.call('entities.create', { name: 'Kim Yo Jong', type: 'person' });
    expect(await search()).not.toContain(article.id);
    await backend.call('entities.addAlias', { id: entity.id, text: '김여정' });
    expect(await search()).toContain(article.id);
  });
});
