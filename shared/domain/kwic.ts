// Keyword in context: the sentence around a match, so a list of mentions or hits reads as evidence
// rather than the same name repeated. The context stops at sentence ends (Latin and CJK
// punctuation, line breaks) and, inside a very long sentence, at a word boundary about `max`
// characters away, marked with an ellipsis.
import { codePointToUtf16 } from './anchoring';

export interface Kwic {
  before: string;
  match: string;
  after: string;
}

// A sentence ends at a line break, at CJK full stops, and at . ! ? followed by a space and then
// something that can start a sentence (not "Mar. 6" or "Mr. kim": a digit or lower case goes on).
const SENTENCE_END = /\n|[。！？]|[.!?]["'”’)]?\s+(?=[^\d\p{Ll}])/gu;
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N)\.$/;

function ends(text: string): { at: number; next: number }[] {
  const out: { at: number; next: number }[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    const trailing = m[0].replace(/\s+$/, '');
    out.push({ at: m[0] === '\n' ? m.index : m.index + trailing.length, next: m.index + m[0].length });
  }
  return out;
}

function lastSentenceStart(text: string, from: number): number {
  let start = 0;
  for (const e of ends(text)) {
    if (e.next > from) break;
    start = e.next;
  }
  return start;
}

function nextSentenceEnd(text: string, from: number): number {
  return ends(text).find((e) => e.at >= from)?.at ?? text.length;
}

/** The same, for a span given in code points (how mentions and excerpts count). */
export function sentenceContextAt(text: string, start: number, end: number, max = 160): Kwic {
  return sentenceContext(text, codePointToUtf16(text, start), codePointToUtf16(text, end), max);
}

export function sentenceContext(text: string, start: number, end: number, max = 160): Kwic {
  let from = lastSentenceStart(text, start);
  let to = nextSentenceEnd(text, end);
  let lead = '';
  let tail = '';
  if (start - from > max) {
    const cut = text.indexOf(' ', start - max);
    from = cut >= 0 && cut < start ? cut + 1 : start - max;
    lead = '…';
  }
  if (to - end > max) {
    const cut = text.lastIndexOf(' ', end + max);
    to = cut > end ? cut : end + max;
    tail = '…';
  }
  return {
    before: lead + text.slice(from, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + tail,
  };
}
