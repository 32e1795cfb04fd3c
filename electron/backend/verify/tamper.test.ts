// Tampering from outside Casefile: each edit is made with SQLite itself on a closed library (as an
// attacker or a careless script would), and `verify` must fail and name what changed.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../../shared/contract/schemas';
import { Backend } from '../backend';
import { openTestBackend, SEED_TEXT, tempLibraryPath } from '../testing/tempLibrary';

interface Seeded {
  file: string;
  article: string;
  originalSha: string;
  publisher: string;
  human: string;
  spare: string;
  rating: string;
  excerpt: string;
  excerpt2: string;
  entity: string;
  entity2: string;
  alias: string;
  mention: string;
  caseId: string;
}

let template: Seeded;

// The seeded library lives for the whole file (tempLibrary's folders go after each test).
const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-tamper-'));
afterAll(() => fs.rmSync(templateDir, { recursive: true, force: true }));

beforeAll(async () => {
  const file = path.join(templateDir, 'template.casefile');
  const backend = new Backend({ libraryPath: file, analyst: 'Test Analyst' });
  const { article } = await backend.call('articles.createFromText', {
    text: SEED_TEXT,
    title: 'Masks via Hyesan',
    publisher: 'Daily NK',
  });
  const publisher = article.publisherSourceId!;
  await backend.call('sources.rate', { id: publisher, reliability: 'B', rationale: 'long record on border trade' });
  const human = await backend.call('sources.create', {
    name: 'Daily NK source (Ryanggang)',
    kind: 'human-source',
    parentId: publisher,
  });
  const rated = await backend.call('sources.rate', {
    id: human.id,
    reliability: 'C',
    rationale: 'single anonymous source',
  });
  const spare = await backend.call('sources.create', { name: 'Unused source', kind: 'other' });
  const excerpt = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks',
    sourceId: human.id,
    credibility: 3,
    note: { json: '', text: 'first-hand' },
  });
  const excerpt2 = await backend.call('excerpts.create', {
    articleId: article.id,
    quote: 'they were sterilized immediately',
    credibility: 4,
  });
  const entity = await backend.call('entities.create', {
    name: 'Kimbongsokyong Trading Company',
    type: 'organization',
    aliases: ['Kimbongsokyong'],
  });
  const entity2 = await backend.call('entities.create', { name: 'Hyesan', type: 'location' });
  const mention = await backend.call('mentions.create', {
    entityId: entity.id,
    articleId: article.id,
    excerptId: excerpt.id,
    quote: 'On Mar. 6 the Kimbongsokyong Trading Company smuggled in masks',
  });
  await backend.call('relationships.create', {
    fromEntityId: entity.id,
    toEntityId: entity2.id,
    type: 'located-in',
    excerptIds: [excerpt.id],
  });
  const c = await backend.call('cases.create', { title: 'Border smuggling' });
  await backend.call('cases.addItems', { id: c.id, itemIds: [article.id, excerpt.id, entity.id] });
  const ratingId = backend.library.db
    .prepare('SELECT id FROM source_ratings WHERE source_id = ?')
    .pluck()
    .get(human.id) as string;
  void rated;
  const alias = (await backend.call('entities.get', { id: entity.id })).aliases[0]!.id;
  await backend.close();
  template = {
    file,
    article: article.id,
    originalSha: article.originalSha256,
    publisher,
    human: human.id,
    spare: spare.id,
    rating: ratingId,
    excerpt: excerpt.id,
    excerpt2: excerpt2.id,
    entity: entity.id,
    entity2: entity2.id,
    alias,
    mention: mention.id,
    caseId: c.id,
  };
});

/** A fresh copy of the seeded library (cleanly closed, so the file alone is the library). */
function copy(): string {
  const file = tempLibraryPath();
  fs.copyFileSync(template.file, file);
  return file;
}

/** Edits the file with SQLite directly, outside Casefile. */
function edit(file: string, sql: string | ((db: Database.Database) => void)): void {
  const db = new Database(file);
  try {
    if (typeof sql === 'string') db.exec(sql);
    else sql(db);
  } finally {
    db.close();
  }
}

/** Drops a trigger, runs the edit, then puts the trigger back exactly as it was. */
function behindTrigger(trigger: string, sql: string): (db: Database.Database) => void {
  return (db) => {
    const original = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
      .pluck()
      .get(trigger) as string;
    db.exec(`DROP TRIGGER ${trigger}; ${sql}; ${original};`);
  };
}

async function verify(file: string, anchors?: { hash: string; seq?: number }[]): Promise<VerifyReport> {
  const backend = openTestBackend(file);
  const report = await backend.call('library.verify', anchors ? { anchors } : {});
  await backend.close();
  return report;
}

function problems(report: VerifyReport, check: string): string[] {
  return report.checks.find((c) => c.name === check)?.problems ?? [];
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

// Each edit, the check that must fail, and what its message must say (object, field, values).
const EDITS: {
  name: string;
  edit: (s: Seeded) => string | ((db: Database.Database) => void);
  check: string;
  expect: (s: Seeded) => RegExp;
}[] = [
  {
    name: 'a forged excerpt quote',
    edit: (s) => `UPDATE excerpts SET exact = 'smuggled in weapons' WHERE id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `excerpt ${s.excerpt} differs from the audit log: exact: logged "On Mar\\. 6 the Kimbongsokyong Trading Company smuggled in masks", stored "smuggled in weapons"`,
      ),
  },
  {
    name: "an excerpt's credibility edited",
    edit: (s) => `UPDATE excerpts SET credibility = 1 WHERE id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) => new RegExp(`excerpt ${s.excerpt} differs from the audit log: credibility: logged 3, stored 1`),
  },
  {
    name: "a rating's letter edited (trigger dropped and put back)",
    edit: (s) =>
      behindTrigger('source_ratings_no_update', `UPDATE source_ratings SET reliability = 'A' WHERE id = '${s.rating}'`),
    check: 'state_matches_log',
    expect: (s) => new RegExp(`rating ${s.rating} differs from the audit log: reliability: logged "C", stored "A"`),
  },
  {
    name: "a rating's letter edited (trigger left dropped)",
    edit: (s) =>
      `DROP TRIGGER source_ratings_no_update; UPDATE source_ratings SET reliability = 'A' WHERE id = '${s.rating}'`,
    check: 'schema',
    expect: () => /trigger source_ratings_no_update was dropped/,
  },
  {
    name: 'an inserted rating',
    edit: (s) =>
      `INSERT INTO source_ratings (id, source_id, reliability, rationale, analyst, rated_at) VALUES ('forged-rating', '${s.human}', 'A', 'trust me', 'Test Analyst', '2099-01-01T00:00:00.000Z')`,
    check: 'state_matches_log',
    expect: () => /rating forged-rating is stored, but the audit log never recorded it/,
  },
  {
    name: 'a deleted excerpt',
    edit: (s) => `DELETE FROM excerpts WHERE id = '${s.excerpt2}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `excerpt ${s.excerpt2} is missing: the audit log records it \\(exact "they were sterilized immediately"\\) but it is not stored`,
      ),
  },
  {
    name: 'the last audit rows deleted',
    edit: () =>
      behindTrigger('audit_log_no_delete', 'DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)'),
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`case ${s.caseId} (is stored, but the audit log never recorded it|differs from the audit log: items)`),
  },
  {
    name: 'an original swapped for other bytes with its hashes recomputed',
    edit: (s) => (db) => {
      const bytes = Buffer.from(SEED_TEXT.replace('smuggled in masks', 'smuggled in weapons'));
      const text = bytes.toString('utf8');
      db.prepare('INSERT INTO originals (sha256, size, bytes) VALUES (?, ?, ?)').run(sha(bytes), bytes.length, bytes);
      behindTrigger(
        'articles_text_immutable',
        `UPDATE articles SET original_sha256 = '${sha(bytes)}', text = ${JSON.stringify(text).replace(/^"|"$/g, "'").replace(/\\n/g, '\n').replace(/\\"/g, '"')}, text_sha256 = '${sha(text)}' WHERE id = '${s.article}'`,
      )(db);
    },
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `article ${s.article} differs from the audit log: original_sha256: logged "${s.originalSha}", stored "[0-9a-f]{64}"`,
      ),
  },
  {
    name: "an article's title edited",
    edit: (s) => `UPDATE articles SET title = 'Nothing happened' WHERE id = '${s.article}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `article ${s.article} differs from the audit log: title: logged "Masks via Hyesan", stored "Nothing happened"`,
      ),
  },
  {
    name: "an article's publisher changed",
    edit: (s) => `UPDATE articles SET publisher_source_id = '${s.spare}' WHERE id = '${s.article}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `article ${s.article} differs from the audit log: publisher_source_id: logged "${s.publisher}", stored "${s.spare}"`,
      ),
  },
  {
    name: "an article's Library sort key rewritten",
    edit: (s) => `UPDATE article_sort_keys SET publisher_name = 'Zzz' WHERE article_id = '${s.article}'`,
    check: 'sort_keys',
    expect: (s) => new RegExp(`sort key for article ${s.article} does not match its publisher`),
  },
  {
    name: "the library's count of excerpts rewritten",
    edit: () => "UPDATE row_counts SET n = n + 5 WHERE table_name = 'excerpts'",
    check: 'row_counts',
    expect: () => /the library's count of excerpts says \d+; the table holds \d+/,
  },
  {
    name: "an excerpt's anchor moved",
    edit: (s) => `UPDATE excerpts SET start = start + 3, "end" = "end" + 3 WHERE id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) => new RegExp(`excerpt ${s.excerpt} differs from the audit log: end: logged \\d+, stored \\d+`),
  },
  {
    name: 'an excerpt re-attributed to another source',
    edit: (s) => `UPDATE excerpts SET source_id = '${s.publisher}' WHERE id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `excerpt ${s.excerpt} differs from the audit log: source_id: logged "${s.human}", stored "${s.publisher}"`,
      ),
  },
  {
    name: "an excerpt's note rewritten",
    edit: (s) => `UPDATE excerpts SET note_text = 'rumour' WHERE id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`excerpt ${s.excerpt} differs from the audit log: note_text: logged "first-hand", stored "rumour"`),
  },
  {
    name: 'an entity renamed',
    edit: (s) => `UPDATE entities SET name = 'Someone else' WHERE id = '${s.entity}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `entity ${s.entity} differs from the audit log: name: logged "Kimbongsokyong Trading Company", stored "Someone else"`,
      ),
  },
  {
    name: 'an alias inserted',
    edit: (s) =>
      `INSERT INTO entity_aliases (id, entity_id, text, script, normalized) VALUES ('forged-alias', '${s.entity}', 'Ministry of State Security', '', 'ministry of state security')`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `entity ${s.entity} differs from the audit log: aliases: stored but not logged .*forged-alias.*Ministry of State Security`,
      ),
  },
  {
    name: 'an alias deleted',
    edit: (s) => `DELETE FROM entity_aliases WHERE id = '${s.alias}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`entity ${s.entity} differs from the audit log: aliases: logged but not stored .*Kimbongsokyong`),
  },
  {
    name: 'a mention inserted',
    edit: (s) =>
      `INSERT INTO mentions (id, entity_id, article_id, start, "end", exact, status, created_at, created_by) VALUES ('forged-mention', '${s.entity2}', '${s.article}', 0, 5, 'A Nor', 'accepted', '2020-01-01', 'x')`,
    check: 'state_matches_log',
    expect: () => /mention forged-mention is stored, but the audit log never recorded it/,
  },
  {
    name: "a mention's status changed",
    edit: (s) => `UPDATE mentions SET status = 'dismissed' WHERE id = '${s.mention}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`mention ${s.mention} differs from the audit log: status: logged "accepted", stored "dismissed"`),
  },
  {
    name: 'a case item added',
    edit: (s) =>
      `INSERT INTO case_items (case_id, item_id, item_kind, added_at, added_by) VALUES ('${s.caseId}', '${s.excerpt2}', 'excerpt', '2020-01-01', 'x')`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`case ${s.caseId} differs from the audit log: items: stored but not logged .*${s.excerpt2}`),
  },
  {
    name: 'a case item removed',
    edit: (s) => `DELETE FROM case_items WHERE item_id = '${s.excerpt}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`case ${s.caseId} differs from the audit log: items: logged but not stored .*${s.excerpt}`),
  },
  {
    name: "a case's title edited",
    edit: (s) => `UPDATE cases SET title = 'Nothing to see' WHERE id = '${s.caseId}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `case ${s.caseId} differs from the audit log: title: logged "Border smuggling", stored "Nothing to see"`,
      ),
  },
  {
    name: 'a source deleted',
    edit: (s) => `DELETE FROM sources WHERE id = '${s.spare}'`,
    check: 'state_matches_log',
    expect: (s) => new RegExp(`source ${s.spare} is missing: the audit log records it \\(name "Unused source"\\)`),
  },
  {
    name: 'a source renamed',
    edit: (s) => `UPDATE sources SET name = 'Reliable insider' WHERE id = '${s.human}'`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(
        `source ${s.human} differs from the audit log: name: logged "Daily NK source \\(Ryanggang\\)", stored "Reliable insider"`,
      ),
  },
  {
    name: 'a relationship inserted',
    edit: (s) =>
      `INSERT INTO relationships (id, from_entity_id, to_entity_id, type, label, created_at, created_by) VALUES ('forged-rel', '${s.entity2}', '${s.entity}', 'controls', '', '2020-01-01', 'x')`,
    check: 'state_matches_log',
    expect: () => /relationship forged-rel is stored, but the audit log never recorded it/,
  },
  {
    name: 'a tag put on an excerpt',
    edit: (s) =>
      `INSERT INTO tags (name) VALUES ('confirmed'); INSERT INTO object_tags (tag_id, object_id, object_kind) VALUES ((SELECT id FROM tags WHERE name = 'confirmed'), '${s.excerpt}', 'excerpt')`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`excerpt ${s.excerpt} differs from the audit log: tags: stored but not logged "confirmed"`),
  },
  {
    name: 'a whole article deleted with everything on it',
    edit: (s) =>
      `DELETE FROM case_items WHERE item_id IN ('${s.article}', '${s.excerpt}'); DELETE FROM mentions; DELETE FROM relationship_excerpts; DELETE FROM excerpts; DELETE FROM article_authors; DELETE FROM articles WHERE id = '${s.article}'`,
    check: 'state_matches_log',
    expect: (s) => new RegExp(`article ${s.article} is missing: the audit log records it`),
  },
  {
    name: 'the analyst setting changed',
    edit: () => "INSERT OR REPLACE INTO settings (key, value) VALUES ('analyst', 'Someone Else')",
    check: 'state_matches_log',
    expect: () =>
      /setting analyst (differs from the audit log: value: logged "Test Analyst", stored "Someone Else"|is stored, but the audit log never recorded it)/,
  },
  {
    name: 'an audit row altered',
    edit: () =>
      behindTrigger(
        'audit_log_no_update',
        "UPDATE audit_log SET after_json = replace(after_json, 'single anonymous source', 'proven source') WHERE action = 'source.rate'",
      ),
    check: 'audit_chain',
    expect: () => /audit row \d+ \(source\.rate [0-9a-f-]+\) was altered/,
  },
  {
    name: 'an audit row deleted from the middle',
    edit: () => behindTrigger('audit_log_no_delete', 'DELETE FROM audit_log WHERE seq = 3'),
    check: 'audit_chain',
    expect: () => /audit row 3 is missing/,
  },
  {
    name: "an original's bytes altered",
    edit: () =>
      behindTrigger(
        'originals_no_update',
        "UPDATE originals SET bytes = CAST(replace(CAST(bytes AS TEXT), 'masks', 'gloves') AS BLOB)",
      ),
    check: 'originals',
    expect: (s) => new RegExp(`original ${s.originalSha} was altered`),
  },
  {
    name: 'an append-only trigger replaced by one that allows everything',
    edit: () =>
      'DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END',
    check: 'schema',
    expect: () => /trigger audit_log_no_delete was altered/,
  },
  {
    name: 'a trigger added that rewrites new excerpts',
    edit: () =>
      'CREATE TRIGGER sneaky AFTER INSERT ON excerpts BEGIN UPDATE excerpts SET credibility = 1 WHERE id = NEW.id; END',
    check: 'schema',
    expect: () => /trigger sneaky was added/,
  },
  {
    name: 'an author link added to an article',
    edit: (s) =>
      `INSERT INTO article_authors (article_id, source_id, position) VALUES ('${s.article}', '${s.spare}', 0)`,
    check: 'state_matches_log',
    expect: (s) =>
      new RegExp(`article ${s.article} differs from the audit log: authors: stored but not logged .*${s.spare}`),
  },
];

describe('verify names every edit made outside Casefile', () => {
  it('passes on the untouched library, with the audit head to anchor', async () => {
    const report = await verify(copy());
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(EDITS)('$name', async ({ edit: makeEdit, check, expect: pattern }) => {
    const file = copy();
    edit(file, makeEdit(template));
    const report = await verify(file);
    expect(report.ok).toBe(false);
    const found = problems(report, check);
    expect(found.join('\n')).toMatch(pattern(template));
  });

  it(`covers at least 21 distinct edits (${EDITS.length})`, () => {
    expect(new Set(EDITS.map((e) => e.name)).size).toBeGreaterThanOrEqual(30);
  });
});

describe('anchors prove that nothing was cut from the end of the log', () => {
  it('catches the last change removed together with its audit row, which replay alone cannot see', async () => {
    const file = copy();
    const head = (await verify(file)).head!;
    // The last change was adding three items to the case: remove the row and undo the change.
    edit(
      file,
      behindTrigger(
        'audit_log_no_delete',
        `DELETE FROM audit_log WHERE seq = ${head.seq}; DELETE FROM case_items WHERE case_id = '${template.caseId}'; UPDATE cases SET updated_at = created_at WHERE id = '${template.caseId}'`,
      ),
    );
    const unanchored = await verify(file);
    const anchored = await verify(file, [{ seq: head.seq, hash: head.hash }]);
    expect(anchored.ok).toBe(false);
    expect(problems(anchored, 'anchor').join('\n')).toMatch(
      new RegExp(
        `the anchored head ${head.hash} \\(row ${head.seq}, the log now ends at row ${head.seq - 1}\\) is not in the audit log`,
      ),
    );
    // Without the anchor only the replay can speak, and here the state agrees with the shortened log
    // except for what the attacker forgot: it must at least not claim an anchor was checked.
    expect(unanchored.checks.some((c) => c.name === 'anchor')).toBe(false);
  });

  it('accepts an anchor that is still in the log, after more changes', async () => {
    const file = copy();
    const head = (await verify(file)).head!;
    const backend = openTestBackend(file);
    await backend.call('cases.update', { id: template.caseId, title: 'Border smuggling, March' });
    await backend.close();
    const report = await verify(file, [{ seq: head.seq, hash: head.hash }]);
    expect(report.checks.find((c) => c.name === 'anchor')).toEqual({ name: 'anchor', ok: true, problems: [] });
    expect(report.ok).toBe(true);
  });
});
