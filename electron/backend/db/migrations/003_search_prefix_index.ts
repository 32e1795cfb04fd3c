// Search and lists at real-library scale (issue 14). Typing two or three letters asks FTS5 for every token
// with that prefix; without a prefix index FTS5 merges the doclists of all those tokens on every
// keystroke (hundreds of milliseconds on 100,000 articles). A prefix index of 2 and 3 characters
// turns those into a single lookup. FTS5 cannot add a prefix index to an existing table, and the
// index text is made in JavaScript (CJK bigrams), so the table is recreated empty here and the
// backend rebuilds it as a job the first time it opens a library that had an index
// (the `search_rebuild_needed` setting; see search/pendingRebuild.ts).
export const up = `
INSERT INTO settings (key, value)
  SELECT 'search_rebuild_needed', '1' WHERE EXISTS (SELECT 1 FROM search_docs)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
DROP TABLE search_fts;
DELETE FROM search_docs;
CREATE VIRTUAL TABLE search_fts USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Library pages sort by one column and break ties by id. An index on the column alone cannot
-- give that order, so every page sorted all 100,000 rows; with the id in the index the page is
-- read straight from it (and the ids it selects are covered). They replace the one-column ones.
CREATE INDEX articles_captured_id ON articles(captured_at, id);
CREATE INDEX articles_title_id ON articles(title COLLATE NOCASE, id);
CREATE INDEX articles_published_id ON articles(published, id);
CREATE INDEX articles_language_id ON articles(language, id);
DROP INDEX articles_captured;
DROP INDEX articles_title;
DROP INDEX articles_published;
DROP INDEX articles_language;
`;
