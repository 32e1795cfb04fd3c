// The seeded rows must be indistinguishable from captured ones: verify passes, the audit chain
// holds, search finds them, and the newest-first order is the one the e2e suite relies on.
import { describe, expect, it } from 'vitest';
import { openTestBackend, tempLibraryPath } from '../electron/backend/testing/tempLibrary';
import { seedLibrary, seedTitle } from './seedLibrary';

describe('seedLibrary', () => {
  it('writes articles that pass library.verify, in capture order, findable by search', async () => {
    const libraryPath = tempLibraryPath();
    seedLibrary(libraryPath, { articles: 300, analyst: 'Seeder' });
    const backend = openTestBackend(libraryPath);
    expect((await backend.call('library.verify', {})).ok).toBe(true);
    const info = await backend.call('library.info', {});
    expect(info).toMatchObject({ analyst: 'Seeder', counts: { articles: 300, sources: 25 } });
    const newest = await backend.call('articles.list', { limit: 1 });
    expect(newest.items[0]!.title).toBe(seedTitle(300));
    const found = await backend.call('search.query', { query: seedTitle(42), kinds: ['article'] });
    expect(found.results[0]?.title).toBe(seedTitle(42));
    // A capture after seeding continues the audit chain.
    await backend.call('articles.createFromText', { text: 'after the seed' });
    expect((await backend.call('library.verify', {})).ok).toBe(true);
  });
});
