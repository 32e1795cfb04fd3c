// The Trash (issue 15): a deleted article, with everything hanging off it (excerpts, mentions, case
// items, tags, authors, its web capture), is moved out of the live tables into one trash row, so no
// list, count, search, chart or export can show it, and restoring puts the very same rows back.
// Its originals stay until the Trash is emptied; only then may an original be deleted, and only
// after a `purged_originals` row records which article's emptying removed it (same transaction,
// audited). Web captures may leave their table only while their article is in the Trash.
export const up = /* sql */ `
CREATE TABLE trash (
  -- the article's own id: an article is in the Trash at most once
  article_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  trashed_at TEXT NOT NULL,
  trashed_by TEXT NOT NULL,
  -- every row moved out of the live tables, table by table (JSON), as it was stored
  rows_json TEXT NOT NULL,
  -- the originals those rows reference (JSON array of SHA-256)
  originals_json TEXT NOT NULL
) STRICT;

CREATE TABLE purged_originals (
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  purged_at TEXT NOT NULL,
  purged_by TEXT NOT NULL,
  PRIMARY KEY (sha256, article_id)
) STRICT;

DROP TRIGGER originals_no_delete;
CREATE TRIGGER originals_no_delete BEFORE DELETE ON originals
WHEN NOT EXISTS (SELECT 1 FROM purged_originals WHERE sha256 = OLD.sha256)
BEGIN SELECT RAISE(ABORT, 'originals are immutable; only emptying the Trash removes one'); END;

DROP TRIGGER web_captures_no_delete;
CREATE TRIGGER web_captures_no_delete BEFORE DELETE ON web_captures
WHEN NOT EXISTS (SELECT 1 FROM trash WHERE article_id = OLD.article_id)
BEGIN SELECT RAISE(ABORT, 'a web capture is evidence and is never deleted'); END;
`;
