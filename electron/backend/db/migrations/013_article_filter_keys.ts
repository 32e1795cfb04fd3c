// The columns search filters and grades read from an article, in one covering index (issue 14). An
// article's row holds its text (a few KB, in overflow pages) before its publisher, dates and language,
// so reading any of those by id walked the text's overflow pages: a search filtered by capture date
// or reliability spent 4–8 µs a row on it, 30–40 ms over the rows a page of results looks at. From
// this index the same lookup reads one small entry.
export const up = /* sql */ `
CREATE INDEX articles_filter_keys ON articles(id, publisher_source_id, captured_at, published, language);
`;
