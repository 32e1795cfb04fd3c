// The Excerpts screen's sorts without joins or a whole-table sort (issue 14): each excerpt's sort
// values (its article's title, the first characters of its quote, its source's name, its grade,
// its event date, when it was made) copied into one row beside its id, with an index per sort that
// ends in the id, so a page is a walk along one index, from an offset or from the last row shown
// (keyset). Like the Library's sort keys (008) the copy is derived data: triggers keep it in the
// same statement as every write that changes what it is derived from (an excerpt inserted, edited,
// re-attributed or deleted; an article retitled; a source renamed or rated), and `verify` checks it
// against the tables it comes from.
//
// Values are never NULL (an unattributed excerpt's source name is ''), so keyset comparisons
// `(key, id) > (?, ?)` never meet a NULL. `grade` orders A1 first and unrated/ungraded last:
// (position of the current letter in ABCDEF, 6 when unrated) × 10 + (credibility, 9 when ungraded),
// the same key the screen sorted by; its tens and units also answer the grade filters.
// `quote` keeps the first 80 characters: ties beyond them fall to the id.
// The same migration gives the Entities list its name-then-id index.

const KEYS_OF = (where: string) => /* sql */ `
  INSERT OR REPLACE INTO excerpt_sort_keys
    (excerpt_id, article_id, start, "end", article_title, quote, source_name, grade, event_date, created_at)
  SELECT e.id, e.article_id, e.start, e."end", coalesce(a.title, ''), substr(e.exact, 1, 80), coalesce(s.name, ''),
    (coalesce(instr('ABCDEF', (SELECT r.reliability FROM source_ratings r WHERE r.source_id = e.source_id
                               ORDER BY r.rated_at DESC, r.seq DESC LIMIT 1)), 7) - 1) * 10 + coalesce(e.credibility, 9),
    e.event_date, e.created_at
  FROM excerpts e LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = e.source_id
  WHERE ${where};`;

export const up = /* sql */ `
-- The Entities list pages by name with the id breaking ties, from one index (keyset or offset).
CREATE INDEX entities_name_id ON entities(name COLLATE NOCASE, id);
DROP INDEX entities_name;
CREATE TABLE excerpt_sort_keys (
  excerpt_id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  article_title TEXT NOT NULL COLLATE NOCASE,
  quote TEXT NOT NULL COLLATE NOCASE,
  source_name TEXT NOT NULL COLLATE NOCASE,
  grade INTEGER NOT NULL,
  event_date TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX excerpt_sort_article ON excerpt_sort_keys(article_title, article_id, start, "end", excerpt_id);
CREATE INDEX excerpt_sort_quote ON excerpt_sort_keys(quote, excerpt_id);
CREATE INDEX excerpt_sort_source ON excerpt_sort_keys(source_name, excerpt_id);
CREATE INDEX excerpt_sort_grade ON excerpt_sort_keys(grade, excerpt_id);
CREATE INDEX excerpt_sort_date ON excerpt_sort_keys(event_date, excerpt_id);
CREATE INDEX excerpt_sort_created ON excerpt_sort_keys(created_at, excerpt_id);
${KEYS_OF('1')}

CREATE TRIGGER excerpt_sort_keys_insert AFTER INSERT ON excerpts
BEGIN ${KEYS_OF('e.id = NEW.id')} END;
CREATE TRIGGER excerpt_sort_keys_update AFTER UPDATE OF id, article_id, start, "end", exact, source_id, credibility, event_date, created_at ON excerpts
BEGIN
  DELETE FROM excerpt_sort_keys WHERE excerpt_id = OLD.id;
  ${KEYS_OF('e.id = NEW.id')}
END;
CREATE TRIGGER excerpt_sort_keys_delete AFTER DELETE ON excerpts
BEGIN
  DELETE FROM excerpt_sort_keys WHERE excerpt_id = OLD.id;
END;
CREATE TRIGGER excerpt_sort_keys_article_title AFTER UPDATE OF title ON articles WHEN OLD.title IS NOT NEW.title
BEGIN
  UPDATE excerpt_sort_keys SET article_title = NEW.title WHERE excerpt_id IN (SELECT id FROM excerpts WHERE article_id = NEW.id);
END;
CREATE TRIGGER excerpt_sort_keys_source_name AFTER UPDATE OF name ON sources WHEN OLD.name IS NOT NEW.name
BEGIN
  UPDATE excerpt_sort_keys SET source_name = NEW.name WHERE excerpt_id IN (SELECT id FROM excerpts WHERE source_id = NEW.id);
END;
CREATE TRIGGER excerpt_sort_keys_rating_insert AFTER INSERT ON source_ratings
BEGIN ${KEYS_OF('e.source_id = NEW.source_id')} END;
CREATE TRIGGER excerpt_sort_keys_rating_delete AFTER DELETE ON source_ratings
BEGIN ${KEYS_OF('e.source_id = OLD.source_id')} END;
CREATE TRIGGER excerpt_sort_keys_rating_move AFTER UPDATE OF source_id ON source_ratings
BEGIN
  ${KEYS_OF('e.source_id = OLD.source_id')}
  ${KEYS_OF('e.source_id = NEW.source_id')}
END;
`;
