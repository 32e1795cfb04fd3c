// What the Excerpts table shows beyond the rows themselves. Filtering and sorting happen in the
// backend (excerpts.list pages in the server's order); here: the columns, and keyword-in-context,
// the sentence of a quote where the text query matched, with the match marked.
import type { ExcerptSortKey } from '../../../../shared/contract/vocabulary';
import type { Credibility } from '../../../../shared/domain/admiralty';

export type CredibilityFilter = 'any' | 'ungraded' | Credibility;

/** The table's sortable columns are the server's sorts, less "created" (no column shows it). */
export type ExcerptColumn = Exclude<ExcerptSortKey, 'created'>;

/** One unit per unit: lowercased, accents dropped where that keeps the length, so indexes map back. */
function foldUnits(text: string): string {
  let out = '';
  for (const c of text) {
    const folded = c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = c.toLowerCase();
    out += folded.length === c.length ? folded : lower.length === c.length ? lower : c;
  }
  return out;
}

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]/u;

export interface KeywordInContext {
  before: string;
  match: string;
  after: string;
}

/**
 * The sentence of `text` where a word of `query` first occurs (as the start of a word, as the search
 * matches it; anywhere inside a Korean, Chinese or Japanese run), split around the match; null when
 * no word of the query is in the text (it matched the note, the title or the source instead).
 */
export function keywordInContext(text: string, query: string, room = 60): KeywordInContext | null {
  const words = query
    .split(/\s+/)
    .map((w) => foldUnits(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    .filter(Boolean);
  if (!words.length) return null;
  const haystack = foldUnits(text);
  let best: { start: number; end: number } | null = null;
  for (const word of words) {
    for (let from = 0; ;) {
      const at = haystack.indexOf(word, from);
      if (at < 0) break;
      const startsWord = at === 0 || !WORD.test(haystack[at - 1]!) || CJK.test(word[0]!);
      if (startsWord) {
        if (!best || at < best.start) best = { start: at, end: at + word.length };
        break;
      }
      from = at + 1;
    }
  }
  if (!best) return null;
  // The sentence around it, cut to `room` characters either side.
  const sentenceStart = Math.max(
    0,
    ...[...text.slice(0, best.start).matchAll(/[.!?。！？]\s+/g)].map((m) => m.index + m[0].length),
  );
  const tail = text.slice(best.end).search(/[.!?。！？](\s|$)/);
  const sentenceEnd = tail < 0 ? text.length : best.end + tail + 1;
  const beforeStart = Math.max(sentenceStart, best.start - room);
  const afterEnd = Math.min(sentenceEnd, best.end + room);
  return {
    before: `${beforeStart > sentenceStart ? '…' : ''}${text.slice(beforeStart, best.start)}`,
    match: text.slice(best.start, best.end),
    after: `${text.slice(best.end, afterEnd)}${afterEnd < sentenceEnd ? '…' : ''}`,
  };
}
