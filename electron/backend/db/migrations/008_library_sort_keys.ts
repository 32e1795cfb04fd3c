// The Library's publisher sort without a join (issue 14): each article's publisher name, copied
// beside its id, so "by publisher" pages walk one index instead of joining every article to its
// source and sorting them all. The copy is derived data, like the search index: triggers keep it
// in the same statement (so the same transaction) as every write that changes it — an article
// inserted, deleted or given another publisher, a source renamed — and verify proves the state it
// is derived from (articles, sources), not the copy. `publisher_name` is NULL when the article has
// no publisher, exactly as the LEFT JOIN it replaces gave, so the order is unchanged.

export const up = /* sql */ `
CREATE TABLE article_sort_keys (
  article_id TEXT PRIMARY KEY,
  publisher_name TEXT
) STRICT;
CREATE INDEX article_sort_keys_publisher ON article_sort_keys(publisher_name COLLATE NOCASE, article_id);
INSERT INTO article_sort_keys (article_id, publisher_name)
  SELECT a.id, p.name FROM articles a LEFT JOIN sources p ON p.id = a.publisher_source_id;

CREATE TRIGGER article_sort_keys_insert AFTER INSERT ON articles
BEGIN
  INSERT OR REPLACE INTO article_sort_keys (article_id, publisher_name)
  VALUES (NEW.id, (SELECT name FROM sources WHERE id = NEW.publisher_source_id));
END;
CREATE TRIGGER article_sort_keys_publisher AFTER UPDATE OF id, publisher_source_id ON articles
BEGIN
  DELETE FROM article_sort_keys WHERE article_id = OLD.id;
  INSERT OR REPLACE INTO article_sort_keys (article_id, publisher_name)
  VALUES (NEW.id, (SELECT name FROM sources WHERE id = NEW.publisher_source_id));
END;
CREATE TRIGGER article_sort_keys_delete AFTER DELETE ON articles
BEGIN
  DELETE FROM article_sort_keys WHERE article_id = OLD.id;
END;
CREATE TRIGGER article_sort_keys_source_name AFTER UPDATE OF name ON sources WHEN OLD.name IS NOT NEW.name
BEGIN
  UPDATE article_sort_keys SET publisher_name = NEW.name
  WHERE article_id IN (SELECT id FROM articles WHERE publisher_source_id = NEW.id);
END;
`;
