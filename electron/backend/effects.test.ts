// The contract's declared effects decide what is announced: reads announce nothing (a report or an
// export is not a change), writes announce the kinds they touch, jobs announce when they finish.
import { describe, expect, it } from 'vitest';
import { changedKinds, effects, isMethodName, isStale } from '../../shared/contract/effects';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { openTestBackend, SEED_PATH, SEED_TEXT } from './testing/tempLibrary';

function recordChanges(backend: ReturnType<typeof openTestBackend>) {
  const seen: string[][] = [];
  backend.onEvent(<E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'library.changed') seen.push([...(payload as EventPayload<'library.changed'>).kinds]);
  });
  return seen;
}

describe('declared effects', () => {
  it('declares an effect for every method, and every write says what it touches', () => {
    expect(Object.keys(effects).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) {
      if (effects[method].effect === 'write') expect(changedKinds(method).length, method).toBeGreaterThan(0);
    }
  });

  it('knows a method by its declared effect, as the renderer asks without loading the schemas', () => {
    for (const method of METHOD_NAMES) expect(isMethodName(method), method).toBe(true);
    for (const name of ['articles.nope', 'toString', '__proto__', '', 42, undefined])
      expect(isMethodName(name), String(name)).toBe(false);
  });

  it('announces a write with its kinds, and nothing for reads such as a report', async () => {
    const backend = openTestBackend();
    const seen = recordChanges(backend);
    const { article } = await backend.call('articles.createFromText', { text: SEED_TEXT, title: 'Seed' });
    expect(seen).toEqual([['article', 'source', 'watch']]);
    const theCase = await backend.call('cases.create', { title: 'Border smuggling' });
    await backend.call('cases.addItems', { id: theCase.id, itemIds: [article.id] });
    seen.length = 0;
    await backend.call('cases.report', { id: theCase.id, groupBy: 'date' });
    await backend.call('cases.exportStix', { id: theCase.id });
    await backend.call('articles.list', {});
    await backend.call('search.query', { query: 'clinker' });
    expect(seen).toEqual([]);
    await backend.call('sources.create', { name: 'A Chinese trader', kind: 'human-source' });
    expect(seen).toEqual([['source']]);
  });

  it('announces a job’s changes when it finishes', async () => {
    const backend = openTestBackend();
    const seen = recordChanges(backend);
    const { jobId } = await backend.call('articles.importFiles', { paths: [SEED_PATH] });
    await backend.jobs.wait(jobId);
    expect(seen).toEqual([['article', 'source', 'watch']]);
  });

  it('marks stale only the reads that depend on a changed kind', () => {
    expect(isStale('excerpts.list', ['excerpt'])).toBe(true);
    expect(isStale('cases.list', ['excerpt'])).toBe(false);
    expect(isStale('sources.list', ['rating'])).toBe(true);
    expect(isStale('entities.page', ['rating'])).toBe(true);
    expect(isStale('cases.list', ['library'])).toBe(true);
    expect(isStale('sources.create', ['source'])).toBe(false);
  });
});
