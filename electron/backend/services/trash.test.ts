// The Trash: delete moves an article and everything hanging off it out of sight, restore puts back
// the very same rows, emptying removes them and their originals for good; verify passes after each.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebCaptureResult } from '../../../shared/contract/webCapture';
import type { Backend } from '../backend';
import { startWebServer } from '../capture/testing/loopback';
import { openTestBackend, SEED_TEXT } from '../testing/tempLibrary';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function expectVerified(backend: Backend): Promise<void> {
  const report = await backend.call('library.verify', {});
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
}

/** Every stored row an article's deletion can touch, as plain data (the search index by content). */
function dump(backend: Backend) {
  const db = backend.ctx.db;
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all('SELECT * FROM articles ORDER BY id'),
    authors: all('SELECT * FROM article_authors ORDER BY article_id, position'),
    excerpts: all('SELECT * FROM excerpts ORDER BY id'),
    mentions: all('SELECT * FROM mentions ORDER BY id'),
    relationshipExcerpts: all('SELECT * FROM relationship_excerpts ORDER BY relationship_id, excerpt_id'),
    caseItems: all('SELECT * FROM case_items ORDER BY case_id, item_id'),
    tags: all(
      'SELECT ot.object_id, ot.object_kind, t.name FROM object_tags ot JOIN tags t ON t.id = ot.tag_id ORDER BY 1, 3',
    ),
    originals: all('SELECT sha256, size FROM originals ORDER BY sha256'),
    searchDocs: all('SELECT object_kind, object_id, field FROM search_docs ORDER BY object_id, field'),
  };
}

async function seedLibrary(backend: Backend) {
  const { article } = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Masks via Hyesan',
    publisher: 'Daily NK',
    byline: 'By Jane Roe',
  });
  const { article: other } = await backend.call('articles.createFromText', {
    text: 'Another report about Hyesan and the clinker trade.',
    title: 'Clinker',
  });
  await backend.call('articles.updateMetadata', { id: article.id, language: 'en' });
  const excerpt = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
    credibility: 3,
    tags: ['health'],
    eventDate: { value: '2020-03', qualifier: '' },
  });
  const company = await backend.call('entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
  });
  const hyesan = await backend.call('entities.create', { name: 'Hyesan', type: 'location' });
  const at = SEED_TEXT.indexOf('Hyesan');
  await backend.call('mentions.create', { entityId: hyesan.id, articleId: article.id, start: at, end: at + 6 });
  await backend.call('mentions.create', { entityId: hyesan.id, articleId: other.id, quote: 'Hyesan' });
  await backend.call('mentions.create', {
    entityId: company.id,
    articleId: article.id,
    excerptId: excerpt.id,
    quote: 'sterilized immediately',
  });
  await backend.call('relationships.create', {
    fromEntityId: company.id,
    toEntityId: hyesan.id,
    type: 'located-in',
    excerptIds: [excerpt.id],
  });
  const kase = await backend.call('cases.create', { title: 'Border smuggling' });
  await backend.call('cases.addItems', { id: kase.id, itemIds: [article.id, excerpt.id, other.id] });
  return { article, other, excerpt, kase };
}

describe('the Trash', () => {
  it('deletes an article out of sight and restores exactly the rows it had, verifying after each step', async () => {
    const backend = openTestBackend();
    const { article, other, excerpt, kase } = await seedLibrary(backend);
    await expectVerified(backend);
    expect((await backend.call('timeline.build', {})).items.map((i) => i.id)).toContain(excerpt.id);
    const before = dump(backend);

    const { items } = await backend.call('articles.delete', { ids: [article.id] });
    expect(items).toMatchObject([{ articleId: article.id, title: 'Masks via Hyesan', excerpts: 1, mentions: 2 }]);
    await expectVerified(backend);

    // Nothing that reads the library shows it any more.
    const list = await backend.call('articles.list', {});
    expect(list.items.map((a) => a.id)).toEqual([other.id]);
    expect(list.total).toBe(1);
    expect((await backend.call('library.info', {})).counts).toMatchObject({ articles: 1, excerpts: 0 });
    expect((await backend.call('search.query', { query: 'sterilized' })).results).toEqual([]);
    expect((await backend.call('search.query', { query: 'Hyesan' })).results.map((r) => r.id)).not.toContain(
      article.id,
    );
    expect((await backend.call('excerpts.list', {})).items).toEqual([]);
    expect((await backend.call('cases.get', { id: kase.id })).items.map((i) => i.itemId)).toEqual([other.id]);
    expect((await backend.call('timeline.build', {})).items.map((i) => i.id)).not.toContain(excerpt.id);
    expect(await backend.call('articles.get', { id: article.id }).catch((e: Error) => e.message)).toMatch(/No article/);
    // …but the original is kept, and the Trash lists it.
    expect(dump(backend).originals).toEqual(before.originals);
    expect((await backend.call('trash.list', {})).items.map((i) => i.articleId)).toEqual([article.id]);

    const restored = await backend.call('articles.restore', { ids: [article.id] });
    expect(restored).toEqual({ restored: [article.id], dropped: [] });
    expect(dump(backend)).toEqual(before);
    expect((await backend.call('trash.list', {})).items).toEqual([]);
    expect((await backend.call('search.query', { query: 'sterilized' })).results.map((r) => r.id)).toContain(
      excerpt.id,
    );
    await expectVerified(backend);
  });

  it('empties the Trash (one item or all) with an audit row, removing the rows and only unreferenced originals', async () => {
    const backend = openTestBackend();
    const { article, other } = await seedLibrary(backend);
    const { article: third } = await backend.call('articles.createFromText', { text: 'A third text.', title: '3' });
    await backend.call('articles.delete', { ids: [article.id, third.id] });
    const originalsBefore = dump(backend).originals.length;

    const one = await backend.call('trash.empty', { ids: [third.id] });
    expect(one.emptied).toEqual([third.id]);
    expect(one.originalsRemoved).toHaveLength(1);
    expect((await backend.call('trash.list', {})).items.map((i) => i.articleId)).toEqual([article.id]);
    await expectVerified(backend);

    const rest = await backend.call('trash.empty', {});
    expect(rest.emptied).toEqual([article.id]);
    expect(dump(backend).originals).toHaveLength(originalsBefore - 2);
    expect((await backend.call('trash.list', {})).items).toEqual([]);
    expect(await backend.call('articles.restore', { ids: [article.id] }).catch((e: Error) => e.message)).toMatch(
      /not in the Trash|No article/,
    );
    const audit = backend.ctx.db
      .prepare("SELECT object_id FROM audit_log WHERE action = 'trash.empty' ORDER BY seq")
      .pluck()
      .all();
    expect(audit).toEqual([third.id, article.id]);
    // The other article and its own original are untouched.
    expect((await backend.call('articles.get', { id: other.id })).title).toBe('Clinker');
    await expectVerified(backend);

    // Outside an emptying, originals stay immutable.
    expect(() => backend.ctx.db.prepare('DELETE FROM originals').run()).toThrow(/immutable/);
  });

  it('keeps an original another article still needs, and refuses to restore over a new capture of it', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: 'Same bytes.', title: 'First' });
    await backend.call('articles.delete', { ids: [article.id] });
    const again = await backend.call('articles.createFromText', { text: 'Same bytes.', title: 'Again' });
    expect(again.duplicateOf).toBeNull();
    expect(await backend.call('articles.restore', { ids: [article.id] }).catch((e: Error) => e.message)).toMatch(
      /captured again/,
    );
    const emptied = await backend.call('trash.empty', {});
    expect(emptied.originalsRemoved).toEqual([]);
    expect((await backend.call('articles.get', { id: again.article.id })).text).toBe('Same bytes.');
    await expectVerified(backend);
  });

  it('trashes a web capture with its provenance and WARC, restores it, and empties it (WARC original included)', async () => {
    const web = await startWebServer({});
    stops.push(web.close);
    const backend = openTestBackend();
    const capture = async () => {
      const { jobId } = await backend.call('web.capture', { urls: [`${web.url}/changing`] });
      return ((await backend.jobs.wait(jobId)).result as WebCaptureResult).captured[0]!.id;
    };
    const first = await capture();
    const second = await capture();
    // The later capture records the first as its earlier version: the first cannot go alone.
    expect(await backend.call('articles.delete', { ids: [first] }).catch((e: Error) => e.message)).toMatch(
      /later capture/,
    );
    const provenance = await backend.call('web.getCapture', { articleId: second });
    const before = dump(backend);
    await backend.call('articles.delete', { ids: [second] });
    expect(await backend.call('web.getCapture', { articleId: second }).catch((e: Error) => e.message)).toMatch(
      /No article/,
    );
    await expectVerified(backend);
    await backend.call('articles.restore', { ids: [second] });
    expect(await backend.call('web.getCapture', { articleId: second })).toEqual(provenance);
    expect(dump(backend)).toEqual(before);
    await expectVerified(backend);

    await backend.call('articles.delete', { ids: [second, first] });
    const { originalsRemoved } = await backend.call('trash.empty', {});
    expect(originalsRemoved).toContain(provenance!.warc.sha256);
    expect(dump(backend).originals).toEqual([]);
    await expectVerified(backend);
  });

  it('names a trashed article edited, or an original removed, behind Casefile’s back', async () => {
    const backend = openTestBackend();
    const { article } = await backend.call('articles.createFromText', { text: 'Evidence text.', title: 'Kept' });
    await backend.call('articles.delete', { ids: [article.id] });
    const db = backend.ctx.db;
    const rows = db.prepare('SELECT rows_json FROM trash WHERE article_id = ?').pluck().get(article.id) as string;
    // Another program (no change tracking): forge the trashed text, then purge the original without emptying.
    const other = new Database(backend.ctx.libraryPath);
    other
      .prepare('UPDATE trash SET rows_json = ? WHERE article_id = ?')
      .run(rows.replace('Evidence', 'Forged'), article.id);
    const sha = (JSON.parse(rows) as { articles: { original_sha256: string }[] }).articles[0]!.original_sha256;
    other
      .prepare(
        "INSERT INTO purged_originals (sha256, size, article_id, purged_at, purged_by) VALUES (?, 14, ?, '', 'x')",
      )
      .run(sha, article.id);
    other.prepare('DELETE FROM originals WHERE sha256 = ?').run(sha);
    other.close();
    const report = await backend.call('library.verify', {});
    const problems = report.checks.flatMap((c) => c.problems).join('\n');
    expect(problems).toMatch(new RegExp(`trashed article ${article.id} differs from the audit log: rows_sha256`));
    expect(problems).toMatch(new RegExp(`original ${sha} is missing`));
    expect(problems).toMatch(
      /original removed by emptying the Trash .* is stored, but the audit log never recorded it/,
    );
  });
});
