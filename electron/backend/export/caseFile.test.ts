// Case files between two real libraries: round trips, double imports, conflicting edits,
// re-ratings, excerpts placed in a different copy of the text, and every way a hostile or broken
// archive is refused without changing a byte.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../shared/contract/caseFile';
import type { Backend } from '../backend';
import { captureArticle } from '../services/articles';
import { sha256Hex } from '../services/hash';
import { librarySnapshot, openTestBackend, SEED_TEXT, tempLibraryPath } from '../testing/tempLibrary';

async function job<T>(backend: Backend, started: Promise<{ jobId: string }>): Promise<T> {
  const state = await backend.jobs.wait((await started).jobId);
  if (state.status !== 'done') throw new Error(`${state.status}: ${state.error?.message}`);
  return state.result as T;
}

const exportBytes = async (backend: Backend, id: string) =>
  Buffer.from(
    (await job<{ bytesBase64: string }>(backend, backend.call('cases.exportFile', { id }))).bytesBase64,
    'base64',
  );
const importBytes = (backend: Backend, bytes: Uint8Array) =>
  job<{
    created: Record<string, number>;
    updated: number;
    conflicts: { id: string; objectKind: string }[];
    reanchored: string[];
    orphaned: string[];
  }>(backend, backend.call('cases.importFile', { bytesBase64: Buffer.from(bytes).toString('base64') }));

function entries(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name !== 'manifest.json')
      .map(([name, data]) => [name, sha256Hex(data)]),
  );
}

/** Alice's library: the seed walkthrough in a case. */
async function alicesCase() {
  const alice = openTestBackend(tempLibraryPath(), 'Alice');
  const { article } = await alice.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Kimbongsokyong smuggling',
    publisher: 'Daily NK',
    published: { value: '2020-03', qualifier: '' },
  });
  const dailyNk = article.publisherSourceId!;
  await alice.call('sources.rate', { id: dailyNk, reliability: 'B', rationale: 'long record' });
  const source = await alice.call('sources.create', {
    name: 'Daily NK source (Ryanggang Province)',
    kind: 'human-source',
    parentId: dailyNk,
  });
  await alice.call('sources.rate', { id: source.id, reliability: 'C', rationale: 'single source' });
  const excerpt = await alice.call('excerpts.create', {
    articleId: article.id,
    quote: 'quartz, magnesia clinker and other rare minerals',
    sourceId: source.id,
    credibility: 3,
    note: { json: '', text: 'night crossings' },
    tags: ['minerals'],
  });
  const kim = await alice.call('entities.create', { name: 'Kim Yo Jong', type: 'person', aliases: ['김여정'] });
  const company = await alice.call('entities.create', { name: 'Kimbongsokyong Trading Company', type: 'organization' });
  await alice.call('mentions.create', { entityId: kim.id, articleId: article.id });
  await alice.call('relationships.create', {
    fromEntityId: company.id,
    toEntityId: kim.id,
    type: 'controls',
    excerptIds: [excerpt.id],
  });
  const theCase = await alice.call('cases.create', {
    title: 'Kimbongsokyong Trading Company — border smuggling',
    summary: { json: '', text: 'Summary.' },
  });
  await alice.call('cases.addItems', {
    id: theCase.id,
    itemIds: [article.id, excerpt.id, source.id, kim.id, company.id],
  });
  return { alice, article, source, excerpt, kim, theCase };
}

describe('case files', () => {
  it('round-trips into an empty library with the same hashes, anchors, histories and entries', async () => {
    const { alice, article, source, excerpt, kim, theCase } = await alicesCase();
    const first = await exportBytes(alice, theCase.id);
    const again = await exportBytes(alice, theCase.id);
    expect(entries(again)).toEqual(entries(first));

    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    const result = await importBytes(bob, first);
    expect(result.created).toMatchObject({
      articles: 1,
      sources: 2,
      ratings: 2,
      excerpts: 1,
      entities: 2,
      mentions: 1,
      relationships: 1,
      caseItems: 5,
    });
    expect(result.conflicts).toEqual([]);
    const copy = await bob.call('articles.get', { id: article.id });
    expect(copy.originalSha256).toBe(article.originalSha256);
    expect(copy.text).toBe(article.text);
    expect(await bob.call('excerpts.get', { id: excerpt.id })).toMatchObject({
      start: excerpt.start,
      end: excerpt.end,
      grade: 'C3',
      anchorStatus: 'ok',
      tags: ['minerals'],
    });
    expect((await bob.call('sources.get', { id: source.id })).ratings.map((r) => [r.reliability, r.analyst])).toEqual([
      ['C', 'Alice'],
    ]);
    expect((await bob.call('entities.get', { id: kim.id })).aliases.map((a) => a.text)).toEqual(['김여정']);
    expect((await bob.call('search.query', { query: 'clinker' })).results.length).toBeGreaterThan(0);
    expect(entries(await exportBytes(bob, theCase.id))).toEqual(entries(first));
    expect((await bob.call('library.verify', {})).ok).toBe(true);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { alice, theCase } = await alicesCase();
    const file = await exportBytes(alice, theCase.id);
    const bobPath = tempLibraryPath();
    const bob = openTestBackend(bobPath, 'Bob');
    await importBytes(bob, file);
    bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = librarySnapshot(bobPath);
    const second = await importBytes(bob, file);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(second.updated).toBe(0);
    bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(librarySnapshot(bobPath)).toBe(before);
  });

  it('unions a later re-rating into the history and fast-forwards an edit made on one side', async () => {
    const { alice, source, article, theCase } = await alicesCase();
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    await importBytes(bob, await exportBytes(alice, theCase.id));
    await bob.call('sources.rate', { id: source.id, reliability: 'D', rationale: 'Bob doubts it' });
    await alice.call('sources.rate', { id: source.id, reliability: 'B', rationale: 'corroborated' });
    await alice.call('articles.updateMetadata', { id: article.id, title: 'Alice’s better title' });
    const result = await importBytes(bob, await exportBytes(alice, theCase.id));
    expect(result.conflicts).toEqual([]);
    expect((await bob.call('articles.get', { id: article.id })).title).toBe('Alice’s better title');
    const history = (await bob.call('sources.get', { id: source.id })).ratings.map(
      (r) => `${r.reliability} ${r.analyst}`,
    );
    expect(history).toEqual(['B Alice', 'D Bob', 'C Alice']);
  });

  it('keeps both versions of an item edited on both sides and lets the analyst choose', async () => {
    const { alice, article, excerpt, theCase } = await alicesCase();
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    await importBytes(bob, await exportBytes(alice, theCase.id));
    await alice.call('articles.updateMetadata', { id: article.id, title: 'Alice’s title' });
    await alice.call('excerpts.update', { id: excerpt.id, credibility: 2 });
    await bob.call('articles.updateMetadata', { id: article.id, title: 'Bob’s title' });
    await bob.call('excerpts.update', { id: excerpt.id, credibility: 4 });
    const result = await importBytes(bob, await exportBytes(alice, theCase.id));
    expect(result.conflicts.map((c) => c.objectKind).sort()).toEqual(['article', 'excerpt']);
    expect((await bob.call('articles.get', { id: article.id })).title).toBe('Bob’s title');
    const { items } = await bob.call('conflicts.list', {});
    expect(items.find((c) => c.objectKind === 'article')!.remote.title).toBe('Alice’s title');
    await bob.call('conflicts.resolve', { id: items.find((c) => c.objectKind === 'excerpt')!.id, keep: 'remote' });
    await bob.call('conflicts.resolve', { id: items.find((c) => c.objectKind === 'article')!.id, keep: 'local' });
    expect((await bob.call('excerpts.get', { id: excerpt.id })).credibility).toBe(2);
    expect((await bob.call('articles.get', { id: article.id })).title).toBe('Bob’s title');
    expect((await bob.call('conflicts.list', {})).items).toEqual([]);
    // The same versions imported again do not reopen what the analyst settled.
    const again = await importBytes(bob, await exportBytes(alice, theCase.id));
    expect(again.conflicts).toEqual([]);
    expect((await bob.call('articles.get', { id: article.id })).title).toBe('Bob’s title');
  });

  it('places excerpts in a local copy whose text differs, and flags those it cannot place', async () => {
    const { alice, article, excerpt, theCase } = await alicesCase();
    const lost = await alice.call('excerpts.create', {
      articleId: article.id,
      quote: 'receiving cash payments (USD and CNY)',
    });
    await alice.call('cases.addItems', { id: theCase.id, itemIds: [lost.id] });
    const bob = openTestBackend(tempLibraryPath(), 'Bob');
    // Bob captured the same bytes with an extractor that produced slightly different text.
    const bobsText = SEED_TEXT.replace('A North Korean trading company', 'A North-Korean trading firm').replace(
      /The trading company is also suspected of receiving cash payments[^\n]*/,
      '',
    );
    captureArticle(bob.ctx, {
      bytes: Buffer.from(SEED_TEXT, 'utf8'),
      text: bobsText,
      mediaType: 'text/plain',
      filename: '',
      captureMethod: 'paste',
      extractor: 'other 0',
      charset: 'utf-8',
      detected: {},
      pageStarts: [],
      metadata: {},
      applyDetected: false,
    });
    const result = await importBytes(bob, await exportBytes(alice, theCase.id));
    expect(result.created.articles).toBe(0);
    expect(result.reanchored).toEqual([excerpt.id]);
    const placed = await bob.call('excerpts.get', { id: excerpt.id });
    expect(placed.exact).toBe(excerpt.exact);
    expect(placed.start).toBe(bobsText.indexOf(excerpt.exact));
    expect(placed.anchorStatus).toBe('reanchored');
    expect(result.orphaned).toEqual([lost.id]);
    expect((await bob.call('excerpts.get', { id: lost.id })).anchorStatus).toBe('orphaned');
  });
});

describe('refused case files leave the library byte-identical', () => {
  async function setup() {
    const { alice, theCase } = await alicesCase();
    const good = await exportBytes(alice, theCase.id);
    const bobPath = tempLibraryPath();
    const bob = openTestBackend(bobPath, 'Bob');
    await bob.call('articles.createFromText', { text: 'Bob’s own article.' });
    bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
    return { good, bob, bobPath, before: librarySnapshot(bobPath) };
  }

  function repack(
    bytes: Uint8Array,
    change: (files: Record<string, Uint8Array>, manifest: Manifest) => void,
    rehash = true,
  ): Uint8Array {
    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    delete files['manifest.json'];
    change(files, manifest);
    if (rehash)
      manifest.entries = Object.keys(files)
        .sort()
        .map((path) => ({ path, sha256: sha256Hex(files[path]!), size: files[path]!.byteLength }));
    return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
  }

  const cases: [string, (good: Uint8Array) => Uint8Array, RegExp][] = [
    [
      'an entry altered after export',
      (good) =>
        repack(
          good,
          (files) => {
            files['case.json'] = strToU8('{"tampered":true}');
          },
          false,
        ),
      /does not match its SHA-256/,
    ],
    [
      'a newer format version',
      (good) =>
        repack(good, (_files, manifest) => {
          manifest.formatVersion = 99;
        }),
      /format version 99/,
    ],
    [
      'a parent-directory entry (zip slip)',
      (good) =>
        repack(good, (files) => {
          files['../../evil.sh'] = strToU8('rm -rf /');
        }),
      /unsafe name/,
    ],
    [
      'an absolute path',
      (good) =>
        repack(good, (files) => {
          files['/etc/passwd'] = strToU8('x');
        }),
      /unsafe name/,
    ],
    [
      'a backslash path',
      (good) =>
        repack(good, (files) => {
          files['originals\\..\\evil'] = strToU8('x');
        }),
      /unsafe name/,
    ],
    [
      'a zip bomb',
      (good) =>
        repack(good, (files) => {
          files['originals/bomb'] = new Uint8Array(50 * 1024 * 1024);
        }),
      /expands \d+-fold/,
    ],
    [
      'a record that fails the schema',
      (good) =>
        repack(good, (files) => {
          const name = Object.keys(files).find((f) => f.startsWith('sources/'))!;
          const record = JSON.parse(new TextDecoder().decode(files[name]));
          record.ratings[0].reliability = 'G';
          files[name] = strToU8(JSON.stringify(record));
        }),
      /does not fit the case-file format/,
    ],
    [
      'an unlisted entry',
      (good) =>
        repack(
          good,
          (files, manifest) => {
            manifest.entries = manifest.entries.slice();
            files['extra.json'] = strToU8('{}');
          },
          false,
        ),
      /not listed in the manifest|does not match/,
    ],
    ['not a ZIP at all', () => strToU8('just text'), /not a readable ZIP/],
  ];

  it.each(cases)('refuses %s', async (_name, make, message) => {
    const { good, bob, bobPath, before } = await setup();
    const started = await bob.call('cases.importFile', { bytesBase64: Buffer.from(make(good)).toString('base64') });
    const state = await bob.jobs.wait(started.jobId);
    expect(state.status).toBe('failed');
    expect(state.error?.message).toMatch(message);
    bob.library.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(librarySnapshot(bobPath)).toBe(before);
  });
});
