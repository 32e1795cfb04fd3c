import { describe, expect, it } from 'vitest';
import { makeSnippet, toFtsQuery, toIndexText } from './searchText';

describe('CJK bigram indexing', () => {
  it('turns Hangul, Han and kana runs into overlapping bigrams and leaves Latin alone', () => {
    expect(toIndexText('혜산시에서 smuggling')).toBe(' 혜산 산시 시에 에서  smuggling');
    expect(toIndexText('中国海关')).toBe(' 中国 国海 海关 ');
    expect(toIndexText('東京タワー')).toContain('京タ');
  });

  it('makes CJK queries into the phrase of their bigrams and single characters into prefixes', () => {
    expect(toFtsQuery('혜산')).toBe('"혜산"');
    expect(toFtsQuery('혜산시')).toBe('"혜산 산시"');
    expect(toFtsQuery('혜')).toBe('"혜"*');
  });

  it('quotes every user term so FTS5 syntax typed by users is searched literally', () => {
    expect(toFtsQuery('clinker AND "Kim Yo-jong"')).toBe('"clinker" AND "AND"* AND "Kim Yo-jong"');
    expect(toFtsQuery('a"b')).toBe('"a""b"');
    expect(toFtsQuery('ab"cd')).toBe('"ab""cd"*');
    expect(toFtsQuery('  ... ')).toBeNull();
  });

  it('takes only the word being typed as a prefix, and never a single letter', () => {
    expect(toFtsQuery('president people')).toBe('"president" AND "people"*');
    expect(toFtsQuery('president "the people"')).toBe('"president"* AND "the people"');
    expect(toFtsQuery('NEAR( * " body: title:x')).toBe('"NEAR(" AND "body:" AND "title:x"');
    expect(toFtsQuery('Kim J')).toBe('"Kim" AND "J"');
    const s = makeSnippet('Jang met J at the jetty.', 'Kim J');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['J']);
  });
});

describe('quoted phrases', () => {
  it('match whole words in order, with straight or curly quotes, and no prefix', () => {
    expect(toFtsQuery('"Kim"')).toBe('"Kim"');
    expect(toFtsQuery('“Kim Yo-jong” clinker')).toBe('"Kim Yo-jong" AND "clinker"*');
    expect(toFtsQuery('"혜산"')).toBe('"혜산"');
  });

  it('show the passage that matched, not a word that begins the same way', () => {
    const text = `The Kimbongsokyong Trading Company ${'smuggled minerals. '.repeat(20)}It works for Kim Yo Jong.`;
    const s = makeSnippet(text, '"Kim Yo-jong"');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['Kim Yo Jong']);
    const one = makeSnippet(text, '"Kim"');
    expect(one.highlights.map((h) => one.text.slice(h.start, h.end))).toEqual(['Kim']);
    expect(one.text).toContain('Kim Yo Jong');
    expect(one.text).not.toContain('Kimbongsokyong');
  });
});

describe('snippets', () => {
  it('marks matches regardless of case and diacritics, and keeps offsets right after collapsing space', () => {
    const text = 'First line.\n\nThe Café in HYESAN was closed.';
    const s = makeSnippet(text, 'cafe hyesan');
    const marked = s.highlights.map((h) => s.text.slice(h.start, h.end));
    expect(marked).toEqual(['Café', 'HYESAN']);
    expect(s.text).not.toContain('\n');
  });

  it('treats hyphens and spaces alike in names', () => {
    const phrase = makeSnippet('reported that Kim Yo Jong met officials', '"Kim Yo-jong"');
    expect(phrase.highlights.map((h) => phrase.text.slice(h.start, h.end))).toEqual(['Kim Yo Jong']);
    const words = makeSnippet('reported that Kim Yo Jong met officials', 'Kim Yo-jong');
    expect(words.highlights.map((h) => words.text.slice(h.start, h.end))).toEqual(['Kim', 'Yo Jong']);
  });

  it('finds two-syllable Korean words inside longer runs', () => {
    const s = makeSnippet('양강도 혜산시에서 밀수가 있었다', '혜산');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['혜산']);
  });
});
