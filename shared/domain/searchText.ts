// Full-text search for every script. SQLite's unicode61 tokenizer folds case and diacritics for
// alphabetic scripts, but it keeps a run of Han, Hangul, Hiragana or Katakana as one token, so
// "혜산" would never match inside "혜산시에서". As Zotero does, we index such runs as overlapping
// bigrams ("혜산시" → "혜산 산시") and turn a CJK query into the phrase of its bigrams. Two-character
// words are then whole tokens; single characters are found by prefix.

const CJK_RUN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The text as it is given to the full-text index (never shown to anyone). */
export function toIndexText(text: string): string {
  return text.normalize('NFC').replace(CJK_RUN, (run) => ` ${bigrams(run).join(' ')} `);
}

export interface QueryTerm {
  text: string;
  /** Typed in "double quotes" (straight or curly): whole words, in this order, no prefix matching. */
  quoted: boolean;
  /**
   * Matches words that begin with it: only the last unquoted term, the word still being typed (the
   * words before it were finished with a space), and never a single letter, which would be the
   * prefix of a twentieth of the vocabulary. A prefix costs FTS5 a merge of every word it begins
   * ("president*": president, presidents, presidential…), ten times a whole word at 100,000 articles.
   */
  prefix: boolean;
}

/** Splits a query into terms; "double quoted" (or “curly quoted”) parts stay together as one phrase. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /["“”„]([^"“”„]*)["“”„]|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query.normalize('NFC')))) {
    const text = (m[1] ?? m[2] ?? '').trim();
    if (text) terms.push({ text, quoted: m[1] !== undefined, prefix: false });
  }
  const typing = terms.findLast((t) => !t.quoted);
  if (typing && !endsInOneLetter(typing.text)) typing.prefix = true;
  return terms;
}

/** The query's terms as text; "double quoted" parts stay together as one phrase. */
export function queryTerms(query: string): string[] {
  return parseQuery(query).map((t) => t.text);
}

/** True when a term's last word (the one FTS5 would take as a prefix) is a single letter or digit. */
function endsInOneLetter(term: string): boolean {
  const words = term.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && Array.from(words[words.length - 1]!).length < 2;
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * An FTS5 MATCH expression for a user's query: every term must match (AND); alphabetic words match
 * whole, and the last one, still being typed, as a prefix (QueryTerm.prefix); inside "quotes" the
 * words must match whole and in order (so "Kim" does not find Kimbongsokyong); CJK runs match as their bigram phrase. User text never reaches
 * FTS5 syntax unquoted, so operators typed by the user (AND, NEAR, *, column filters) are searched
 * for as plain words. Returns null when the query has nothing searchable in it.
 */
export function toFtsQuery(query: string): string | null {
  const parts: string[] = [];
  for (const { text: term, prefix } of parseQuery(query)) {
    const cjk = term.match(CJK_RUN);
    if (cjk) {
      const tokens = toIndexText(term)
        .split(/\s+/)
        .filter((t) => /[\p{L}\p{N}]/u.test(t));
      if (tokens.length === 1 && Array.from(tokens[0]!).length === 1) parts.push(`${quote(tokens[0]!)}*`);
      else if (tokens.length) parts.push(quote(tokens.join(' ')));
    } else if (/[\p{L}\p{N}]/u.test(term)) {
      parts.push(prefix ? `${quote(term)}*` : quote(term));
    }
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** An FTS5 phrase matching `text`'s words in order (CJK runs as their bigrams); null if none. */
export function toFtsPhrase(text: string): string | null {
  const tokens = toIndexText(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
  return tokens.length ? quote(tokens.join(' ')) : null;
}

/**
 * Characters that Unicode decomposition can change or that are combining marks (accented Latin,
 * Greek, Cyrillic, Arabic, Indic and the combining blocks). Text with none of them, which is most
 * English text and all Hangul and Han, folds by lowercasing alone, one unit per unit.
 */
// eslint-disable-next-line no-misleading-character-class -- ranges of code points, written as escapes on purpose
const NEEDS_NORMALISING = /[\u00C0-\u1FFF\u20D0-\u20FF\uFE20-\uFE2F]/;

/**
 * Case-, diacritic- and apostrophe-insensitive form of one character sequence, for finding matches
 * to show ("Kim's" and "Kim’s" are the same word to a reader, and to the index).
 */
export function foldForMatch(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text.replace(/[’‘`´]/g, "'").toLowerCase();
  // NFC again after dropping the marks, so Hangul syllables (which NFD splits into jamo) stay one
  // unit each: most texts then fold to the same length, which makeSnippet relies on to go fast.
  // The common Latin marks go with a plain character class first: \p{M} with the u flag is ~50×
  // slower in V8, so it only runs when other marks (Arabic, Indic…) are left.
  let bare = text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '');
  if (/\p{M}/u.test(bare)) bare = bare.replace(/\p{M}/gu, '');
  return bare
    .normalize('NFC')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();
}

const foldedChars = new Map<string, string>();

/**
 * Folds `text` and keeps, for every folded UTF-16 unit, the index of its source unit in `text`.
 * Normalising character by character is slow (it made snippets of 5 KB articles cost a
 * millisecond each), so makeSnippet uses this only for texts that fold to another length, and
 * only a chunk at a time; folded characters are cached.
 */
function foldWithMap(text: string): { folded: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      f = foldForMatch(ch);
      if (foldedChars.size < 10_000) foldedChars.set(ch, f);
    }
    for (let k = 0; k < f.length; k++) map.push(i);
    parts.push(f);
    i += ch.length;
  }
  map.push(text.length);
  return { folded: parts.join(''), map };
}

export interface Snippet {
  text: string;
  /** UTF-16 ranges of `text` to highlight */
  highlights: { start: number; end: number }[];
}

const patternCache = new Map<string, RegExp | null>();

/** Compiling a \p{…} pattern costs more than searching a whole article, and every hit of a page shares the query. */
function snippetPattern(query: string): RegExp | null {
  let re = patternCache.get(query);
  if (re === undefined) {
    re = compileSnippetPattern(query);
    if (patternCache.size > 50) patternCache.clear();
    patternCache.set(query, re);
  }
  return re;
}

/** A regular expression source matching one query term in folded text, as the index matches it. */
function termPattern({ text, prefix }: QueryTerm): string | null {
  const folded = foldForMatch(text)
    .replace(/[-\s]+/g, ' ')
    .trim();
  if (!folded) return null;
  const body = folded
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[-\\s]+');
  // CJK has no spaces between words to hold to: its bigrams match anywhere.
  if (
    !/^[\p{L}\p{N}]/u.test(folded) ||
    /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(folded)
  )
    return body;
  // Whole words, as FTS5 found them, so the snippet shows that passage and not a word that merely
  // begins the same way; the word being typed (QueryTerm.prefix) matches at word starts.
  return !prefix ? `(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])` : `(?<![\\p{L}\\p{N}])${body}`;
}

/**
 * One regular expression for the query's terms, as the index matches them: a word matches at the
 * start of a word (the index matches words by prefix, so "cust" marks "customs" but not
 * "accustomed"); a CJK term matches anywhere, as its bigrams do.
 */
function compileSnippetPattern(query: string): RegExp | null {
  const patterns = parseQuery(query)
    .map(termPattern)
    .filter((p): p is string => !!p);
  return patterns.length ? new RegExp(patterns.join('|'), 'gu') : null;
}

/** Matches of `re` in text.slice(from, to), in `text`'s offsets; a match must start at or after `from`. */
function matchesIn(text: string, re: RegExp, from: number, to: number, max: number): { start: number; end: number }[] {
  // One character of context before `from`, so a word-start check there sees the real neighbour.
  const contextStart = Math.max(0, from - 2);
  const { folded, map } = foldWithMap(text.slice(contextStart, to));
  const found: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) && found.length < max) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    const start = contextStart + map[m.index]!;
    if (start >= from) found.push({ start, end: contextStart + map[m.index + m[0].length]! });
  }
  return found;
}

/** Long texts are searched for their first match a chunk at a time, so a hit near the top costs little. */
const CHUNK = 2000;
const CHUNK_OVERLAP = 100;

/**
 * A window of `text` around the first match of any query term, with every match in the window
 * marked. Matching ignores case, diacritics, apostrophe style and, for hyphenated terms, the
 * hyphen/space difference. Only the window is folded and scanned for marks, so the cost does not
 * grow with the length of the article.
 */
export function makeSnippet(text: string, query: string, radius = 80): Snippet {
  const re = snippetPattern(query);
  let first: { start: number; end: number } | undefined;
  if (re) {
    for (let from = 0; from < text.length && !first; from += CHUNK) {
      first = findMatches(text, re, Math.max(0, from - CHUNK_OVERLAP), Math.min(text.length, from + CHUNK), 1)[0];
    }
  }
  let start = Math.max(0, (first?.start ?? 0) - radius);
  let end = Math.min(text.length, (first?.end ?? 0) + radius);
  // Do not cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  const found = re && first ? findMatches(text, re, start, end, 200).filter((h) => h.end <= end) : [];
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  // Collapse runs of whitespace (paragraph breaks) to one space, remembering where each source
  // index lands so the highlights still point at the matches.
  let body = prefix;
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    at[i - start] = body.length;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!body.endsWith(' ')) body += ' ';
    } else body += ch;
  }
  at[end - start] = body.length;
  const highlights = found.map((h) => ({ start: at[h.start - start]!, end: at[h.end - start]! }));
  return { text: body + suffix, highlights };
}

/**
 * Matches of `re` starting in [from, to) of `text`, in `text`'s offsets. Fast path: a slice that
 * folds to the same length without combining marks folds one unit per unit, so offsets in the
 * folded slice are offsets in the text; other slices are folded character by character.
 */
function findMatches(
  text: string,
  re: RegExp,
  from: number,
  to: number,
  max: number,
): { start: number; end: number }[] {
  // Two units of context before `from`, so a word-start check there sees the real neighbour.
  const contextStart = Math.max(0, from - 2);
  const slice = text.slice(contextStart, to);
  const folded = foldForMatch(slice);
  if (folded.length !== slice.length || (NEEDS_NORMALISING.test(slice) && /\p{M}/u.test(slice)))
    return matchesIn(text, re, from, to, max);
  return matchesInFolded(folded, re, from - contextStart, to - contextStart, max).map((h) => ({
    start: h.start + contextStart,
    end: h.end + contextStart,
  }));
}

/** Matches of `re` starting in [from, to) of an already folded text whose offsets are the text's. */
function matchesInFolded(
  folded: string,
  re: RegExp,
  from: number,
  to: number,
  max: number,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) && m.index < to && found.length < max) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
