// What can be read off a plain text without guessing wildly: a leading title line, a byline, a
// "Translated by" line, contact e-mails, "Read in Korean"-style links to other editions, a date
// line near the top, the language and the writing direction. Offered to the analyst, never forced.
import { parsePartialDate, type PartialDate } from './partialDate';

export interface DetectedMetadata {
  title?: string;
  byline?: string;
  translator?: string;
  published?: PartialDate;
  language?: string;
  textDirection?: 'ltr' | 'rtl';
  siteName?: string;
  url?: string;
  canonicalUrl?: string;
  description?: string;
  emails?: string[];
  /** Other editions the text points to, e.g. ["Korean"] from a "Read in Korean" line. */
  otherEditions?: string[];
}

/** Each guessable Latin-script language's commonest words (exported for the test's reference guesser). */
export const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'una'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'dans', 'pour', 'que'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'não', 'uma'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein'],
  cs: ['a', 'se', 'na', 'je', 'že', 'v', 'to', 'jsou', 'pro', 'by', 'jako', 'ale'],
};

/** Any letter outside the Latin script: without one, no script ratio below can pass its threshold. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
/** Each stopword with the languages it belongs to, so the words are counted in one pass. */
let stopwordIndex: { languages: string[]; byWord: Map<string, number[]>; longest: number } | undefined;
function stopwords() {
  if (!stopwordIndex) {
    const languages = Object.keys(STOPWORDS);
    const byWord = new Map<string, number[]>();
    languages.forEach((lang, i) => {
      for (const word of new Set(STOPWORDS[lang])) byWord.set(word, [...(byWord.get(word) ?? []), i]);
    });
    stopwordIndex = { languages, byWord, longest: Math.max(...[...byWord.keys()].map((w) => w.length)) };
  }
  return stopwordIndex;
}

/**
 * Whether a character of `text` matches `letter`, a one-character pattern that no ASCII character
 * matches (a non-Latin or a right-to-left letter): only the runs of non-ASCII characters are tried,
 * which in most imported text are a few quotation marks and dashes.
 */
function hasNonAsciiMatch(text: string, letter: RegExp): boolean {
  // eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
  for (const run of text.matchAll(/[^\u0000-\u007f]+/g)) if (letter.test(run[0])) return true;
  return false;
}

const LETTER_AT = /\p{L}/uy;

/**
 * The words of `text` as `text.match(/\p{L}+/gu)` finds them, counted, with `visit` called on those
 * no longer than `longest` code units. A loop rather than the pattern: ASCII characters are
 * classified by their code, the rest by the pattern at that index, so no string is made for a word
 * that cannot be a stopword (the pattern took a third of a plain-text import's extraction time).
 */
function countWords(text: string, longest: number, visit: (word: string) => void): number {
  let words = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 0x80) letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    else {
      LETTER_AT.lastIndex = i;
      letter = LETTER_AT.test(text);
      if (letter) width = LETTER_AT.lastIndex - i; // 2 for a letter outside the BMP
    }
    if (letter) {
      if (start < 0) start = i;
      i += width - 1;
    } else if (start >= 0) {
      words++;
      if (i - start <= longest) visit(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) {
    words++;
    if (text.length - start <= longest) visit(text.slice(start));
  }
  return words;
}

/** A language tag from the script, or from common words for Latin-script text; undefined if unsure. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  // Counting letters by script is the costly part; plain Latin text (most imports) skips it.
  if (hasNonAsciiMatch(sample, NON_LATIN_LETTER)) {
    const letters = count(/\p{L}/gu) || 1;
    if (count(/\p{Script=Hangul}/gu) / letters > 0.3) return 'ko';
    if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) / letters > 0.1) return 'ja';
    if (count(/\p{Script=Han}/gu) / letters > 0.3) return 'zh';
    if (count(/\p{Script=Arabic}/gu) / letters > 0.3) return 'ar';
    if (count(/\p{Script=Hebrew}/gu) / letters > 0.3) return 'he';
    if (count(/\p{Script=Cyrillic}/gu) / letters > 0.3) return 'ru';
  }
  const { languages, byWord, longest } = stopwords();
  const hits = languages.map(() => 0);
  const words = countWords(sample.toLowerCase(), longest, (word) => {
    const of = byWord.get(word);
    if (of) for (const i of of) hits[i]!++;
  });
  if (words < 20) return undefined;
  const scores = languages.map((lang, i) => [lang, hits[i]! / words] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  return best![1] > 0.08 && best![1] > second![1] * 1.3 ? best![0] : undefined;
}

export function guessDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 5000);
  if (!hasNonAsciiMatch(sample, RTL_LETTER)) return 'ltr';
  const rtl = (sample.match(/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  return rtl / letters > 0.3 ? 'rtl' : 'ltr';
}

function leadingTitle(lines: string[]): string | undefined {
  const nonEmpty = lines.findIndex((l) => l.trim());
  if (nonEmpty < 0) return undefined;
  const first = lines[nonEmpty]!.trim();
  const next = lines[nonEmpty + 1];
  const isShort = Array.from(first).length <= 150 && first.split(/\s+/).length <= 25;
  const looksLikeSentence = /[.!?:;,”"]$/.test(first) && !/[?!]$/.test(first);
  const restHasText = lines.slice(nonEmpty + 1).some((l) => l.trim().length > 40);
  if (isShort && !looksLikeSentence && restHasText && (next === undefined || !next.trim() || first.length < 100))
    return first;
  return undefined;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMAIL_LOCAL_CHAR = /[\w.+-]/;

/**
 * The e-mail addresses in a text, as `text.match(EMAIL)` finds them, without trying the pattern at
 * every position before the first "@": no match can start before the run of address characters
 * that leads up to it (a costly scan on a long text with no address until its last line).
 */
export function findEmails(text: string): string[] {
  const at = text.indexOf('@');
  if (at < 0) return [];
  let start = at;
  while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start).match(EMAIL) ?? [];
}

export function detectPlainTextMetadata(text: string): DetectedMetadata {
  const detected: DetectedMetadata = {};
  const lines = text.split('\n');
  const title = leadingTitle(lines);
  if (title) detected.title = title;
  const translator = text.match(/^[\s*_>#-]*(?:Translated|Translation) by[:\s]+([^\n]+?)[\s*_.]*$/imu);
  if (translator) detected.translator = translator[1]!.trim();
  const byline = text.match(/^[\s*_]*By[:\s]+(\p{Lu}[\p{L}.'’ -]+(?:(?:,| and| &) \p{Lu}[\p{L}.'’ -]+)*)[\s*_]*$/mu);
  if (byline && byline[1]!.length < 120) detected.byline = byline[1]!.trim();
  const emails = [...new Set(findEmails(text))].map((e) => e.replace(/\.$/, ''));
  if (emails.length) detected.emails = emails;
  const editions = [
    ...text.matchAll(/^\s*(?:Read|View|See)(?: this| it| the article)? in ([\p{Lu}][\p{L}]+)\s*$/gmu),
  ].map((m) => m[1]!);
  if (editions.length) detected.otherEditions = [...new Set(editions)];
  for (const line of lines.slice(0, 8)) {
    const candidate = line.trim().replace(/^(?:Published|Posted|Updated|Date)[:\s]+/i, '');
    if (!candidate || candidate.length > 40) continue;
    try {
      detected.published = parsePartialDate(candidate);
      break;
    } catch {
      // not a date line
    }
  }
  const language = guessLanguage(text);
  if (language) detected.language = language;
  detected.textDirection = guessDirection(text);
  return detected;
}
