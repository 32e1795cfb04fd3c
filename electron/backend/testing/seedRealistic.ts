// A real-size library for `npm run bench` and search tests: ~5 KB articles of real sentences (realisticText.ts),
// excerpts anchored to their sentences, entities with aliases in two scripts, and publishers with
// ratings. Rows are written with the statements the services use (the same columns, search index
// entries and a hash-chained audit row per object), prepared once and committed in batches, as
// bench/seedLibrary.ts explains.
import { createHash, randomUUID } from 'node:crypto';
import { toIndexText } from '../../../shared/domain/searchText';
import { normalizeAlias } from '../../../shared/domain/aliases';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { closeLibrary, openLibrary } from '../db/connection';
import { auditHead, auditRowHash, GENESIS_HASH } from '../services/audit';
import { createCtx } from '../services/context';
import { setAnalyst } from '../services/library';
import { findOrCreateSource } from '../services/sources';
import { APP_VERSION } from '../version';
import { corpusSentences, generateArticle, generatePerson, prng } from './realisticText';

export interface RealisticOptions {
  articles: number;
  excerptsPerArticle: number;
  entities: number;
  publishers?: number;
  onProgress?: (done: number) => void;
}

/** The one sentence that makes "a word in one document" findable. */
export const RARE_SENTENCE = 'The Kimbongsokyong Trading Company smuggled masks through Hyesan.';
const LANGUAGES = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'en'];
const RELIABILITY = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F'];

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface SeededLibrary {
  rareArticleTitle: string;
  publisherIds: string[];
}

export function seedRealisticLibrary(path: string, options: RealisticOptions): SeededLibrary {
  const analyst = 'Bench';
  const opened = openLibrary(path);
  const db = opened.db;
  // A bench library is a throwaway file: skip the fsync per commit the app insists on, so seeding
  // a million rows measures SQLite and not the disk (the measurements reopen with the app's pragmas).
  db.pragma('synchronous = OFF');
  const ctx = createCtx({
    db,
    libraryPath: opened.path,
    appVersion: APP_VERSION,
    analystOverride: analyst,
    emit: () => undefined,
  });
  const insertOriginal = db.prepare('INSERT OR IGNORE INTO originals (sha256, size, bytes) VALUES (?, ?, ?)');
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, original_sha256, media_type, original_filename, text, text_sha256, title, publisher_source_id,
       published, language, text_direction, capture_method, captured_at, captured_by, extractor, updated_at)
     VALUES (@id, @sha256, 'text/plain', @filename, @text, @textSha256, @title, @publisher, @published, @language, 'auto',
       'file-text', @at, @analyst, 'casefile-text/1', @at)`,
  );
  const insertExcerpt = db.prepare(
    `INSERT INTO excerpts (id, article_id, exact, prefix, suffix, start, "end", source_id, credibility, reliability_at_record,
       event_date, event_date_qualifier, note_json, note_text, created_at, created_by, updated_at)
     VALUES (@id, @articleId, @exact, @prefix, @suffix, @start, @end, @sourceId, @credibility, @reliability, '', '', '', '', @at, @analyst, @at)`,
  );
  const insertEntity = db.prepare(
    `INSERT INTO entities (id, type, name, description_json, description_text, created_at, created_by, updated_at)
     VALUES (?, 'person', ?, '', '', ?, ?, ?)`,
  );
  const insertAlias = db.prepare(
    'INSERT OR IGNORE INTO entity_aliases (id, entity_id, text, script, normalized) VALUES (?, ?, ?, ?, ?)',
  );
  const insertRating = db.prepare(
    'INSERT INTO source_ratings (id, source_id, reliability, rationale, analyst, rated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertDoc = db.prepare('INSERT INTO search_docs (object_kind, object_id, field) VALUES (?, ?, ?)');
  const insertFts = db.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)');
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (seq, at, analyst, action, object_kind, object_id, before_json, after_json, prev_hash, hash)
     VALUES (@seq, @at, @analyst, @action, @object_kind, @object_id, @before_json, @after_json, @prev_hash, @hash)`,
  );
  // The services below write their own audit rows, so the chain is read again after them.
  let seq = 0;
  let prevHash = GENESIS_HASH;
  const readChain = () => {
    seq =
      (db.prepare('SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number } | undefined)?.seq ??
      0;
    prevHash = auditHead(db) ?? GENESIS_HASH;
  };
  const audit = (at: string, action: string, kind: string, id: string, after: unknown) => {
    const row = {
      seq: ++seq,
      at,
      analyst,
      action,
      object_kind: kind,
      object_id: id,
      before_json: '',
      after_json: canonicalJson(after),
      prev_hash: prevHash,
    };
    prevHash = auditRowHash(row);
    insertAudit.run({ ...row, hash: prevHash });
  };
  const index = (kind: string, id: string, field: string, text: string) =>
    insertFts.run(Number(insertDoc.run(kind, id, field).lastInsertRowid), toIndexText(text));

  const pool = corpusSentences();
  const random = prng(20_260_301);
  const start = Date.UTC(2024, 0, 1);
  const rareAt = Math.max(1, Math.floor(options.articles / 2));
  let rareArticleTitle = '';
  let publisherIds: string[] = [];
  try {
    db.transaction(() => {
      setAnalyst(ctx, analyst);
      publisherIds = Array.from({ length: options.publishers ?? 25 }, (_, i) =>
        findOrCreateSource(ctx, `Publisher ${i + 1}`, 'publication'),
      );
      readChain();
      publisherIds.forEach((id, i) => {
        const letter = RELIABILITY[i % RELIABILITY.length]!;
        const at = new Date(start).toISOString();
        insertRating.run(randomUUID(), id, letter, 'bench rating', analyst, at);
        audit(at, 'source.rate', 'source', id, { reliability: letter, rationale: 'bench rating' });
      });
    }).immediate();

    const BATCH = 500;
    for (let from = 1; from <= options.articles; from += BATCH) {
      db.transaction(() => {
        for (let n = from; n < Math.min(from + BATCH, options.articles + 1); n++) {
          const generated = generateArticle(pool, random, n);
          let text = generated.text;
          if (n === rareAt) {
            text += `\n\n${RARE_SENTENCE}`;
            rareArticleTitle = generated.title;
          }
          const publisher = publisherIds[n % publisherIds.length]!;
          const bytes = Buffer.from(text, 'utf8');
          const at = new Date(start + n * 1000).toISOString();
          const row = {
            id: randomUUID(),
            sha256: sha256(bytes),
            filename: `article-${n}.txt`,
            text,
            textSha256: sha256(text),
            title: generated.title,
            publisher,
            published: `${2000 + (n % 25)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
            language: n % 8 === 0 ? 'ko' : LANGUAGES[n % LANGUAGES.length]!,
            at,
            analyst,
          };
          insertOriginal.run(row.sha256, bytes.byteLength, bytes);
          insertArticle.run(row);
          index('article', row.id, 'title', row.title);
          index('article', row.id, 'text', text);
          audit(at, 'article.capture', 'article', row.id, {
            id: row.id,
            title: row.title,
            publisherSourceId: publisher,
            originalSha256: row.sha256,
            textSha256: row.textSha256,
            language: row.language,
            published: { value: row.published, qualifier: '' },
            capturedAt: at,
            capturedBy: analyst,
          });
          for (let k = 0; k < options.excerptsPerArticle; k++) {
            const [s, e] = generated.sentences[(k * 7 + n) % generated.sentences.length]!;
            const excerpt = {
              id: randomUUID(),
              articleId: row.id,
              exact: text.slice(s, e),
              prefix: text.slice(Math.max(0, s - 32), s),
              suffix: text.slice(e, e + 32),
              start: s,
              end: e,
              sourceId: publisher,
              credibility: 1 + ((n + k) % 6),
              reliability: null,
              at,
              analyst,
            };
            insertExcerpt.run(excerpt);
            index('excerpt', excerpt.id, 'exact', excerpt.exact);
            audit(at, 'excerpt.create', 'excerpt', excerpt.id, excerpt);
          }
        }
      }).immediate();
      options.onProgress?.(Math.min(from + BATCH - 1, options.articles));
    }

    db.transaction(() => {
      const at = new Date(start).toISOString();
      for (let i = 0; i < options.entities; i++) {
        const id = randomUUID();
        const person = generatePerson(i);
        insertEntity.run(id, person.name, at, analyst, at);
        for (const alias of person.aliases)
          insertAlias.run(
            randomUUID(),
            id,
            alias,
            /\p{Script=Hangul}/u.test(alias) ? 'Hang' : 'Latn',
            normalizeAlias(alias),
          );
        index('entity', id, 'name', [person.name, ...person.aliases].join(' \n '));
        audit(at, 'entity.create', 'entity', id, { id, type: 'person', name: person.name, aliases: person.aliases });
      }
    }).immediate();
  } finally {
    closeLibrary(db);
  }
  return { rareArticleTitle, publisherIds };
}
