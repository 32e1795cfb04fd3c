// Placing a stored excerpt in a text that may differ from the one it was made on (a teammate's copy
// of the same article, a re-capture). This follows Hypothesis's quote matching: approximate
// matches of the quote (Myers' bit-parallel algorithm, via approx-string-match) scored on the
// quote's errors, how well the text around each match agrees with the stored prefix and suffix,
// and the distance from the stored position.
import search from 'approx-string-match';
import { anchorFromRange, anchorHolds, findExact, utf16ToCodePoint, codePointToUtf16, type Anchor } from './anchoring';

export type Reanchoring =
  | { status: 'exact'; anchor: Anchor }
  | { status: 'moved'; anchor: Anchor }
  | { status: 'fuzzy'; anchor: Anchor; score: number }
  | { status: 'failed'; reason: string };

/** 0..1: how alike two strings are, by edit distance (1 = identical). */
function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  const errors = search(a, b, b.length)[0]?.errors ?? b.length;
  return 1 - Math.min(1, errors / Math.max(b.length, 1));
}

/** Below this score a fuzzy match is reported as a failure rather than guessed. */
export const MIN_FUZZY_SCORE = 0.75;

export function reanchor(text: string, stored: Anchor): Reanchoring {
  if (anchorHolds(text, stored)) return { status: 'exact', anchor: anchorFromRange(text, stored.start, stored.end) };
  const quoteLength = stored.end - stored.start;
  const exact = findExact(text, stored.exact);
  if (exact.length) {
    // The same words elsewhere: prefer the copy whose surroundings agree, then the nearest one.
    const best = exact
      .map((start) => {
        const candidate = anchorFromRange(text, start, start + quoteLength);
        const context =
          similarity(candidate.prefix.slice(-stored.prefix.length), stored.prefix) +
          similarity(candidate.suffix.slice(0, stored.suffix.length), stored.suffix);
        return { candidate, context, distance: Math.abs(start - stored.start) };
      })
      .sort((a, b) => b.context - a.context || a.distance - b.distance)[0]!;
    return { status: 'moved', anchor: best.candidate };
  }
  const maxErrors = Math.min(256, Math.floor(stored.exact.length / 2));
  const matches = search(text, stored.exact, maxErrors);
  if (!matches.length) return { status: 'failed', reason: 'the quoted words are not in this text, even approximately' };
  const hint = codePointToUtf16(text, stored.start);
  const scored = matches.map((m) => {
    const quoteScore = 1 - m.errors / stored.exact.length;
    const before = text.slice(Math.max(0, m.start - stored.prefix.length), m.start);
    const after = text.slice(m.end, m.end + stored.suffix.length);
    const prefixScore = stored.prefix ? similarity(before, stored.prefix) : 1;
    const suffixScore = stored.suffix ? similarity(after, stored.suffix) : 1;
    const positionScore = 1 - Math.abs(m.start - hint) / Math.max(text.length, 1);
    // Hypothesis's weights: the quote matters most, context next, position only breaks ties.
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    return { m, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.score < MIN_FUZZY_SCORE) {
    return { status: 'failed', reason: `the closest passage matches only ${(best.score * 100).toFixed(0)}%` };
  }
  const start = utf16ToCodePoint(text, best.m.start);
  const end = utf16ToCodePoint(text, best.m.end);
  return { status: 'fuzzy', anchor: anchorFromRange(text, start, end), score: best.score };
}
