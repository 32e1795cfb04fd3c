// An article's excerpts in every sort from one index seek. Opening an article lists its excerpts
// (excerpts.list with articleId); without an index led by the article, SQLite walked the whole of
// excerpt_sort_article (all excerpts of the library, in title order) to find them: 13 ms at 100,000
// excerpts, ten times that at a million. With it, the article's own rows are found by seek and
// sorted on their own (a few thousand at most).
export const up = /* sql */ `
CREATE INDEX excerpt_sort_in_article ON excerpt_sort_keys(article_id, start, "end", excerpt_id);
`;
