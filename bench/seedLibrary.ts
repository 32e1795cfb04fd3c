// Builds a library of many articles for benchmarks and end-to-end tests. The rows are the ones the
// capture service writes (original bytes, both SHA-256s, search index entries, a hash-chained audit
// row per article), written with statements prepared once and in one transaction: the service
// itself prepares its statements per call and re-reads each article, which makes 100,000 articles
// take minutes instead of seconds. `library.verify` passes on the result (see seedLibrary.test.ts).
// Capture times are one second apart, so "newest first" lists article n first and article 1 last.
import { createHash, randomUUID } from 'node:crypto';
import { toIndexText } from '../shared/domain/searchText';
import { closeLibrary, openLibrary } from '../electron/backend/db/connection';
import { appendAuditRow } from '../electron/backend/services/audit';
import { takeChangedStates } from '../electron/backend/verify/changeTracking';
import { createCtx } from '../electron/backend/services/context';
import { setAnalyst } from '../electron/backend/services/library';
import { findOrCreateSource } from '../electron/backend/services/sources';
import { canonicalJson } from '../shared/domain/canonicalJson';
import { APP_VERSION } from '../electron/backend/version';

export interface SeedOptions {
  articles: number;
  analyst?: string;
  /** Publishers to spread the articles over. */
  publishers?: number;
}

const LANGUAGES = ['en', 'en', 'en', 'ko', 'zh', 'ja', 'ar', 'ru'];
const SAMPLE: Record<string, string> = {
  en: 'A trading company moved goods through the customs office at night, according to a source in the province.',
  ko: '무역회사가 밤에 세관을 통해 물품을 들여왔다고 소식통이 전했다.',
  zh: '据消息人士称，一家贸易公司在夜间通过海关运送货物。',
  ja: '情報筋によると、貿易会社は夜間に税関を通じて物品を運び込んだという。',
  ar: 'نقلت شركة تجارية البضائع عبر مكتب الجمارك ليلاً، بحسب مصدر في المقاطعة.',
  ru: 'По словам источника, торговая компания перевозила товары через таможню ночью.',
};

export function seedTitle(n: number): string {
  return `Seeded article ${String(n).padStart(6, '0')}`;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Creates (or adds to) the library at `path`; returns the number of articles written. */
export function seedLibrary(path: string, options: SeedOptions): number {
  const analyst = options.analyst ?? 'Seeder';
  const opened = openLibrary(path);
  const db = opened.db;
  // One transaction writes the whole seed (100,000 articles are 400 MB). Through the WAL and a
  // 2,000-page cache it was written twice, spilled and synced: 34 s of CPU, 10 of them in the
  // kernel, against 22 s so. A rollback journal in memory still undoes a failed seed; opening the
  // library again puts it back in WAL mode, as every open does.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const start = Date.UTC(2024, 0, 1);
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
     VALUES (@id, @sha256, 'text/plain', @filename, @text, @textSha256, @title, @publisher, @published, @language, @direction,
       'file-text', @at, @analyst, 'casefile-text/1', @at)`,
  );
  const insertDoc = db.prepare("INSERT INTO search_docs (object_kind, object_id, field) VALUES ('article', ?, ?)");
  const insertFts = db.prepare('INSERT INTO search_fts (rowid, body) VALUES (?, ?)');
  try {
    db.transaction(() => {
      setAnalyst(ctx, analyst);
      const publisherIds = Array.from({ length: options.publishers ?? 25 }, (_, i) => {
        const name = `Publisher ${i + 1}`;
        return { id: findOrCreateSource(ctx, name, 'publication'), name };
      });
      for (let n = 1; n <= options.articles; n++) {
        const language = LANGUAGES[n % LANGUAGES.length]!;
        const publisher = publisherIds[n % publisherIds.length]!;
        const title = seedTitle(n);
        const text = `${title}\n\n${SAMPLE[language]}\n\nReference ${n}.`;
        const bytes = Buffer.from(text, 'utf8');
        const row = {
          id: randomUUID(),
          sha256: sha256(bytes),
          filename: `seed-${n}.txt`,
          text,
          textSha256: sha256(text),
          title,
          publisher: publisher.id,
          published: `${2000 + (n % 25)}-${String(1 + (n % 12)).padStart(2, '0')}`,
          language,
          direction: language === 'ar' ? 'rtl' : 'auto',
          at: new Date(start + n * 1000).toISOString(),
          analyst,
        };
        insertOriginal.run(row.sha256, bytes.byteLength, bytes);
        insertArticle.run(row);
        for (const [field, body] of [
          ['title', title],
          ['text', text],
        ] as const) {
          insertFts.run(Number(insertDoc.run(row.id, field).lastInsertRowid), toIndexText(body));
        }
        // The row records the states the inserts above changed, as every service's audit row does.
        const audit = {
          at: row.at,
          analyst,
          action: 'article.capture',
          object_kind: 'article',
          object_id: row.id,
          before_json: '',
          after_json: canonicalJson({
            id: row.id,
            title,
            publisherSourceId: publisher.id,
            publisherName: publisher.name,
            originalSha256: row.sha256,
            textSha256: row.textSha256,
            language,
            published: { value: row.published, qualifier: '' },
            capturedAt: row.at,
            capturedBy: analyst,
          }),
        };
        appendAuditRow(db, audit, takeChangedStates(db));
      }
    }).immediate();
  } finally {
    closeLibrary(db);
  }
  return options.articles;
}
