// How many articles, excerpts and entities the library holds, kept by triggers (issue 14). The
// Library and Excerpts screens show the total above an unfiltered list; SQLite's count(*) walks a
// whole index for it (~25 ms at 1,000,000 excerpts on a quiet machine), on every first page. A
// deleted article leaves these tables for the Trash (migration 006), so the counts are exactly what
// the lists hold. Like the sort keys, they are derived data that `verify` checks against the tables.
const COUNTED = ['articles', 'excerpts', 'entities'] as const;

export const up = /* sql */ `
CREATE TABLE row_counts (
  table_name TEXT PRIMARY KEY,
  n INTEGER NOT NULL CHECK (n >= 0)
) STRICT;
${COUNTED.map(
  (table) => `
INSERT INTO row_counts (table_name, n) SELECT '${table}', count(*) FROM ${table};
CREATE TRIGGER row_counts_${table}_insert AFTER INSERT ON ${table}
BEGIN UPDATE row_counts SET n = n + 1 WHERE table_name = '${table}'; END;
CREATE TRIGGER row_counts_${table}_delete AFTER DELETE ON ${table}
BEGIN UPDATE row_counts SET n = n - 1 WHERE table_name = '${table}'; END;`,
).join('\n')}
`;
