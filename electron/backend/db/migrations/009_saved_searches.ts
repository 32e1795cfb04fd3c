// Saved searches (issue 14): a query and its filters kept under a name, so an analyst can rerun
// "Kim Yo-jong in case Border smuggling, B or better, since 2020" with one click or one command.
// The filters are the contract's SearchFilters as JSON (validated on the way in and on the way
// out, so a filter a later version drops is reported, not run silently). Names are unique without
// regard to case, as an analyst reads them.
export const up = /* sql */ `
CREATE TABLE saved_searches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
  query TEXT NOT NULL CHECK (query <> ''),
  filters_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
