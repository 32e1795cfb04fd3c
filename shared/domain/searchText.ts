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
}

/** Splits a query into terms; "double quoted" (or “curly quoted”) parts stay together as one phrase. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /["“”„]([^"“”„]*)["“”„]|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query.normalize('NFC')))) {
    const text = (m[1] ?? m[2] ?? '').trim();
    if (text) terms.push({ text, quoted: m[1] !== undefined });
  }
  return terms;
}

/** The query's terms as text; "double quoted" parts stay together as one phrase. */
export function queryTerms(query: string): string[] {
  return parseQuery(query).map((t) => t.text);
}

function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * An FTS5 MATCH expression for a user's query: every term must match (AND); alphabetic words match
 * as prefixes, except inside "quotes", where the words must match whole and in order (so "Kim"
 * does not find Kimbongsokyong); CJK runs match as their bigram phrase. User text never reaches
 * FTS5 syntax unquoted, so operators typed by the user (AND, NEAR, *, column filters) are searched
 * for as plain words. Returns null when the query has nothing searchable in it.
 */
export function toFtsQuery(query: string): string | null {
  const parts: string[] = [];
  for (const { text: term, quoted } of parseQuery(query)) {
    const cjk = term.match(CJK_RUN);
    if (cjk) {
      const tokens = toIndexText(term).split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
      if (tokens.length === 1 && Array.from(tokens[0]!).length === 1) parts.push(`${quote(tokens[0]!)}*`);
      else if (tokens.length) parts.push(quote(tokens.join(' ')));
    } else if (/[\p{L}\p{N}]/u.test(term)) {
      parts.push(quoted ? quote(term) : `${quote(term)}*`);
    }
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** An FTS5 phrase matching `text`'s words in order (CJK runs as their bigrams); null if none. */
export function toFtsPhrase(text: string): string | null {
  const tokens = toIndexText(text).split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  return tokens.length ? quote(tokens.join(' ')) : null;
}

/** Case- and diacritic-insensitive form of one character sequence, for finding matches to show. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds `text` and keeps, for every folded UTF-16 unit, the index of its source unit in `text`. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldForMatch(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

export interface Snippet {
  text: string;
  /** UTF-16 ranges of `text` to highlight */
  highlights: { start: number; end: number }[];
}

/** A regular expression source matching one query term in folded text, as the index matches it. */
function termPattern({ text, quoted }: QueryTerm): string | null {
  const folded = foldForMatch(text).replace(/[-\s]+/g, ' ').trim();
  if (!folded) return null;
  const words = folded.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[-\\s]+');
  // A quoted phrase matches whole words, as FTS5 found it, so the snippet shows that passage and
  // not a word that merely begins the same way. CJK has no spaces between words to hold to.
  if (!quoted || folded.match(CJK_RUN)) return words;
  return `(?<![\\p{L}\\p{N}\\p{M}])${words}(?![\\p{L}\\p{N}\\p{M}])`;
}

/**
 * A window of `text` around the first match of any query term, with every match in the window
 * marked. Matching ignores case, diacritics and, for hyphenated terms, the hyphen/space difference.
 */
export function makeSnippet(text: string, query: string, radius = 80): Snippet {
  const { folded, map } = foldWithMap(text);
  const patterns = parseQuery(query)
    .map(termPattern)
    .filter((p): p is string => !!p);
  const found: { start: number; end: number }[] = [];
  if (patterns.length) {
    const re = new RegExp(patterns.join('|'), 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) && found.length < 200) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: map[m.index]!, end: map[m.index + m[0].length]! });
    }
  }
  const first = found[0]?.start ?? 0;
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, (found[0]?.end ?? 0) + radius);
  // Do not cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
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
  const highlights = found
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: at[h.start - start]!, end: at[h.end - start]! }));
  return { text: body + suffix, highlights };
}
