// Web captures (issue 16): what was fetched, how, through which route, and the WARC record and
// rendered snapshots made of it. One row per article captured from the web. The WARC and the
// snapshots are originals (content-addressed, immutable) like the article's own bytes.
export const up = /* sql */ `
CREATE TABLE web_captures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE RESTRICT,
  requested_url TEXT NOT NULL CHECK (requested_url <> ''),
  final_url TEXT NOT NULL CHECK (final_url <> ''),
  status INTEGER NOT NULL,
  -- everything else a court or an editor asks (request, hops, headers, remote address, TLS chain,
  -- route, tool, warnings) as one JSON document, the same one the contract returns
  provenance_json TEXT NOT NULL,
  warc_sha256 TEXT NOT NULL REFERENCES originals(sha256),
  screenshot_sha256 TEXT REFERENCES originals(sha256),
  pdf_sha256 TEXT REFERENCES originals(sha256),
  -- the earlier capture of the same URL whose bytes differ ("page changed since")
  previous_article_id TEXT REFERENCES articles(id) ON DELETE RESTRICT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL
) STRICT;
CREATE INDEX web_captures_url ON web_captures(requested_url, finished_at);
CREATE INDEX web_captures_final_url ON web_captures(final_url, finished_at);
CREATE TRIGGER web_captures_no_update BEFORE UPDATE ON web_captures
BEGIN SELECT RAISE(ABORT, 'a web capture is evidence and is never rewritten'); END;
CREATE TRIGGER web_captures_no_delete BEFORE DELETE ON web_captures
BEGIN SELECT RAISE(ABORT, 'a web capture is evidence and is never deleted'); END;
`;
