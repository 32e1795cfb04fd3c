// The schema for the whole product. Tables are STRICT and snake_case; every column is NOT NULL
// except optional references (a foreign key needs NULL for "none"). Text that may be absent is ''.
// Migrations are append-only: never edit this file once released, add 002_… instead.

export const up = /* sql */ `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Original bytes, content-addressed. Never rewritten (triggers below).
CREATE TABLE originals (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  bytes BLOB NOT NULL
) STRICT;
CREATE TRIGGER originals_no_update BEFORE UPDATE ON originals
BEGIN SELECT RAISE(ABORT, 'originals are immutable'); END;
CREATE TRIGGER originals_no_delete BEFORE DELETE ON originals
BEGIN SELECT RAISE(ABORT, 'originals are immutable'); END;

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('publication','author','human-source','organization','document','other')),
  name TEXT NOT NULL CHECK (name <> ''),
  parent_id TEXT REFERENCES sources(id) ON DELETE RESTRICT,
  url TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX sources_parent ON sources(parent_id);
CREATE INDEX sources_name ON sources(name COLLATE NOCASE);

CREATE TABLE source_aliases (
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (source_id, alias)
) STRICT;

-- A rating history: rows are only ever added; the newest (rated_at, then seq) is current.
CREATE TABLE source_ratings (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  reliability TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
  rationale TEXT NOT NULL CHECK (rationale <> ''),
  analyst TEXT NOT NULL,
  rated_at TEXT NOT NULL
) STRICT;
CREATE INDEX source_ratings_current ON source_ratings(source_id, rated_at DESC, seq DESC);
-- The current rating of every source (NULL when never rated).
CREATE VIEW source_current AS
SELECT s.id AS source_id,
       (SELECT r.reliability FROM source_ratings r WHERE r.source_id = s.id
        ORDER BY r.rated_at DESC, r.seq DESC LIMIT 1) AS reliability,
       (SELECT max(r.rated_at) FROM source_ratings r WHERE r.source_id = s.id) AS last_rated_at
FROM sources s;
-- What a rating says is never edited; only the source it belongs to may change (merging sources).
CREATE TRIGGER source_ratings_no_update BEFORE UPDATE OF id, reliability, rationale, analyst, rated_at ON source_ratings
BEGIN SELECT RAISE(ABORT, 'ratings are a history: add a new rating instead'); END;

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  original_sha256 TEXT NOT NULL UNIQUE REFERENCES originals(sha256),
  media_type TEXT NOT NULL,
  original_filename TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  title TEXT NOT NULL DEFAULT '',
  publisher_source_id TEXT REFERENCES sources(id) ON DELETE RESTRICT,
  byline TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  published_qualifier TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  text_direction TEXT NOT NULL DEFAULT 'auto' CHECK (text_direction IN ('ltr','rtl','auto')),
  translator TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT NOT NULL DEFAULT '',
  site_name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  -- page boundaries (JSON array of code-point offsets) for PDFs; '[]' otherwise
  page_starts TEXT NOT NULL DEFAULT '[]',
  -- how the original's bytes were decoded ('utf-8', 'euc-kr (declared)', …); '' for binary formats
  charset TEXT NOT NULL DEFAULT '',
  -- what the extractor found (JSON), kept so the analyst can be offered it after editing
  detected_json TEXT NOT NULL DEFAULT '{}',
  capture_method TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  captured_by TEXT NOT NULL,
  extractor TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_captured ON articles(captured_at);
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_publisher ON articles(publisher_source_id);
-- The derived text never changes once captured: anchors depend on it.
CREATE TRIGGER articles_text_immutable BEFORE UPDATE OF text, text_sha256, original_sha256 ON articles
BEGIN SELECT RAISE(ABORT, 'an article''s text and original are immutable'); END;

CREATE TABLE article_authors (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (article_id, source_id)
) STRICT;
CREATE INDEX article_authors_source ON article_authors(source_id);

CREATE TABLE excerpts (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
  exact TEXT NOT NULL CHECK (exact <> ''),
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" > start),
  source_id TEXT REFERENCES sources(id) ON DELETE RESTRICT,
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  reliability_at_record TEXT CHECK (reliability_at_record IN ('A','B','C','D','E','F')),
  event_date TEXT NOT NULL DEFAULT '',
  event_date_qualifier TEXT NOT NULL DEFAULT '',
  note_json TEXT NOT NULL DEFAULT '',
  note_text TEXT NOT NULL DEFAULT '',
  -- 'ok'; 'reanchored' when placed by fuzzy matching in a different copy of the text (case-file
  -- import); 'orphaned' when it could not be placed and keeps its teammate's selectors only
  anchor_status TEXT NOT NULL DEFAULT 'ok' CHECK (anchor_status IN ('ok','reanchored','orphaned')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX excerpts_article ON excerpts(article_id, start);
CREATE INDEX excerpts_source ON excerpts(source_id);

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person','organization','location','facility','commodity','event','vehicle','other')),
  name TEXT NOT NULL CHECK (name <> ''),
  description_json TEXT NOT NULL DEFAULT '',
  description_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_aliases (
  id TEXT PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  script TEXT NOT NULL DEFAULT '',
  normalized TEXT NOT NULL,
  UNIQUE (entity_id, text)
) STRICT;
CREATE INDEX entity_aliases_normalized ON entity_aliases(normalized);

CREATE TABLE entity_external_ids (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (entity_id, key, value)
) STRICT;

CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  excerpt_id TEXT REFERENCES excerpts(id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" > start),
  exact TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('suggested','accepted','dismissed')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (entity_id, article_id, start, "end")
) STRICT;
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_excerpt ON mentions(excerpt_id);

CREATE TABLE relationships (
  id TEXT PRIMARY KEY,
  from_entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  to_entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('affiliated-with','located-in','controls','supplies','transports','pays','member-of','other')),
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  CHECK (from_entity_id <> to_entity_id)
) STRICT;
CREATE INDEX relationships_from ON relationships(from_entity_id);
CREATE INDEX relationships_to ON relationships(to_entity_id);

CREATE TABLE relationship_excerpts (
  relationship_id TEXT NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
  excerpt_id TEXT NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
  PRIMARY KEY (relationship_id, excerpt_id)
) STRICT;

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  summary_json TEXT NOT NULL DEFAULT '',
  summary_text TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_items (
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  item_kind TEXT NOT NULL CHECK (item_kind IN ('article','excerpt','source','entity')),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  PRIMARY KEY (case_id, item_id)
) STRICT;
CREATE INDEX case_items_item ON case_items(item_id);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '')
) STRICT;

CREATE TABLE object_tags (
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  object_id TEXT NOT NULL,
  object_kind TEXT NOT NULL CHECK (object_kind IN ('article','excerpt','entity','source')),
  PRIMARY KEY (object_id, tag_id)
) STRICT;
CREATE INDEX object_tags_tag ON object_tags(tag_id);

-- Merges that can be undone: what moved from the merged object to the kept one, and the merged
-- object as it was. Undoing restores it from here; the audit log records both steps.
CREATE TABLE merges (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('source','entity')),
  kept_id TEXT NOT NULL,
  merged_id TEXT NOT NULL,
  snapshot_json TEXT NOT NULL,
  merged_at TEXT NOT NULL,
  merged_by TEXT NOT NULL,
  undone_at TEXT
) STRICT;

-- Items that differ between this library and an imported case file when neither side's version
-- descends from the other: both are kept (local in its table, remote here) until the analyst
-- resolves the conflict.
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  object_kind TEXT NOT NULL,
  object_id TEXT NOT NULL,
  local_json TEXT NOT NULL,
  remote_json TEXT NOT NULL,
  case_file_sha256 TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IN ('local','remote'))
) STRICT;
CREATE INDEX conflicts_open ON conflicts(resolved_at, object_id);

-- Audit entries that came with imported case files: another library's history of the items,
-- kept verbatim (their own hash chain) beside ours.
CREATE TABLE imported_audit (
  hash TEXT PRIMARY KEY,
  object_id TEXT NOT NULL,
  at TEXT NOT NULL,
  entry_json TEXT NOT NULL,
  case_file_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX imported_audit_object ON imported_audit(object_id);

-- Append-only, hash-chained audit log. hash = sha256(prev_hash || canonical JSON of the row).
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  analyst TEXT NOT NULL,
  action TEXT NOT NULL,
  object_kind TEXT NOT NULL,
  object_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_log_object ON audit_log(object_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search. search_docs maps an FTS rowid to the object and field it indexes; the FTS
-- table is contentless (the text lives in the tables above; CJK runs are indexed as bigrams).
CREATE TABLE search_docs (
  rowid INTEGER PRIMARY KEY,
  object_kind TEXT NOT NULL,
  object_id TEXT NOT NULL,
  field TEXT NOT NULL,
  UNIQUE (object_id, field)
) STRICT;
CREATE VIRTUAL TABLE search_fts USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
