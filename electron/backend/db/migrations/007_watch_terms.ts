// Watch terms (issue 15 item 7, Hunchly's "selectors"): names, aliases and phrases the analyst wants
// flagged whenever new evidence contains them. Every capture or import is scanned once, when it
// comes in; each occurrence is a hit with its span (code points, like every anchor), kept with the
// term as it was written then, and marked seen when the analyst has looked at it.
export const up = /* sql */ `
CREATE TABLE watch_terms (
  id TEXT PRIMARY KEY,
  term TEXT NOT NULL CHECK (term <> ''),
  -- the folded form (normalizeAlias), so "Kim Yo-jong" and "kim yo jong" are one term
  normalized TEXT NOT NULL UNIQUE CHECK (normalized <> ''),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE watch_hits (
  id TEXT PRIMARY KEY,
  -- no foreign key: a hit stays when its term is removed from the list
  term_id TEXT NOT NULL,
  term TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" > start),
  found_at TEXT NOT NULL,
  seen_at TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX watch_hits_article ON watch_hits(article_id);
CREATE INDEX watch_hits_found ON watch_hits(found_at);
`;
