// Finding known entities and likely new ones in an article's text. Offsets are code points, like
// every anchor in Casefile. Romanised names match by their normalised form (see aliases.ts) on word
// boundaries; Hangul and Han names match exactly and may be followed by particles (김여정이), and a
// Hangul name only at the start of a word (see hangulWords.ts).
import { APOSTROPHES, foldLetters, HAN_OR_HANGUL, normalizeAlias, SEPARATORS } from './aliases';
import { utf16ToCodePoint } from './anchoring';
import { koreanNameCanStartAt } from './hangulWords';
import { findRomanisedNames } from './romanisedNameMatching';

export interface AliasTarget {
  entityId: string;
  name: string;
  /** A name or alias as the analyst wrote it. */
  alias: string;
}

export interface AliasOccurrence {
  entityId: string;
  name: string;
  /** The text as it stands in the article. */
  text: string;
  start: number;
  end: number;
}

/** The text folded like normalizeAlias, with the UTF-16 index in `text` of every folded unit. */
export interface FoldedText {
  folded: string;
  map: number[];
}

export function foldText(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (APOSTROPHES.test(ch)) {
      APOSTROPHES.lastIndex = 0;
    } else if (SEPARATORS.test(ch)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        map.push(i);
      }
    } else {
      const units = foldLetters(ch);
      folded += units;
      for (let k = 0; k < units.length; k++) map.push(i);
    }
    SEPARATORS.lastIndex = 0;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

const WORD = /[\p{L}\p{N}]/u;

function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Every occurrence of every target's alias in `text`. Where two aliases overlap (Kim Jong Un inside
 * "Kim Jong Un's"), the longer match wins; one span is reported once per entity.
 */
export function findAliasOccurrences(text: string, targets: readonly AliasTarget[], folded: FoldedText = foldText(text)): AliasOccurrence[] {
  const hits: { entityId: string; name: string; from: number; to: number }[] = [];
  for (const target of targets) {
    const normalized = normalizeAlias(target.alias);
    if (!normalized) continue;
    if (HAN_OR_HANGUL.test(normalized)) {
      for (const at of occurrencesOf(text, normalized)) if (koreanNameCanStartAt(text, at, normalized)) hits.push({ entityId: target.entityId, name: target.name, from: at, to: at + normalized.length });
      continue;
    }
    for (const at of occurrencesOf(folded.folded, normalized)) {
      const from = folded.map[at]!;
      const lastUnit = folded.map[at + normalized.length - 1]!;
      const to = lastUnit + String.fromCodePoint(text.codePointAt(lastUnit)!).length;
      // Word boundaries are judged on the article's own text, so "Kim Jong Un’s" still matches.
      const before = text[from - 1];
      const after = text[to];
      if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
      hits.push({ entityId: target.entityId, name: target.name, from, to });
    }
  }
  // Korean and Chinese names also match in every romanisation's spelling (romanisedNameMatching.ts).
  hits.push(...findRomanisedNames(text, targets));
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const overlapping = kept.find((k) => k.entityId !== hit.entityId && k.from <= hit.from && k.to >= hit.to && k.to - k.from > hit.to - hit.from);
    if (overlapping) continue;
    if (kept.some((k) => k.entityId === hit.entityId && k.from === hit.from && k.to === hit.to)) continue;
    kept.push(hit);
  }
  return kept.map((h) => ({
    entityId: h.entityId,
    name: h.name,
    text: text.slice(h.from, h.to),
    start: utf16ToCodePoint(text, h.from),
    end: utf16ToCodePoint(text, h.to),
  }));
}

export type CandidateType = 'person' | 'organization' | 'location' | 'facility' | 'other';

export interface Candidate {
  text: string;
  type: CandidateType;
  start: number;
  end: number;
}

const ORGANIZATION_WORDS = ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Ministry', 'Department', 'Bureau', 'Committee', 'Party', 'Army', 'Bank', 'Agency', 'Office', 'Commission', 'Council', 'Group', 'Association', 'University'];
const LOCATION_WORDS = ['Province', 'County', 'River', 'City', 'District', 'Island', 'Sea', 'Mountain', 'Mountains', 'Valley', 'Region', 'Prefecture', 'Village'];
const FACILITY_PHRASES = ['customs office', 'port', 'airport', 'mine', 'factory', 'plant', 'prison camp', 'camp', 'checkpoint', 'bridge', 'station', 'border post'];
const CONNECTORS = ['of', 'the', 'for', 'de', 'del', 'la', 'du', 'des'];
/** Nationality adjectives and the like: capitalised, but not entities of their own. */
const NOT_NAMES = /^(?:(?:North|South|Sino-North|Sino)[ -])?(?:Korean|Chinese|Japanese|American|Russian|European|Asian|Western)s?$|-made$|’(?:re|ll|ve|d|m)$|n’t$/u;
/** Capitalised words that begin sentences or name months and days, not entities. */
const STOP = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'According', 'After', 'Before', 'While', 'When', 'Then', 'But', 'And', 'Or', 'If', 'As', 'There', 'Please', 'Read', 'Translated', 'However', 'Also', 'All', 'Many', 'Some', 'One', 'Company', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mar', 'Feb', 'Jan']);
const KOREAN_SURNAMES = '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호';

function typeOfPhrase(phrase: string): CandidateType | null {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return null;
  if (LOCATION_WORDS.includes(words[words.length - 1]!)) return 'location';
  if (words.some((w) => ORGANIZATION_WORDS.includes(w))) return 'organization';
  if (FACILITY_PHRASES.some((f) => phrase.toLowerCase().endsWith(` ${f}`))) return 'facility';
  return null;
}

/**
 * Likely entities that are not known yet: runs of capitalised words (with "of", "the"… inside),
 * names ending in Company, Ministry, Province, River, "customs office" and the like, acronyms in
 * parentheses, and Hangul names that look like personal names or places. Offered, never accepted.
 */
export function findCandidates(text: string, known: readonly AliasOccurrence[] = []): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (from: number, to: number, type: CandidateType) => {
    const phrase = text.slice(from, to);
    const start = utf16ToCodePoint(text, from);
    const end = utf16ToCodePoint(text, to);
    if (known.some((k) => k.start < end && start < k.end)) return;
    const key = `${start}:${end}`;
    const existing = found.get(key);
    if (!existing || (existing.type === 'other' && type !== 'other')) found.set(key, { text: phrase, type, start, end });
  };
  const cap = "\\p{Lu}[\\p{L}\\p{M}’'\\-]*";
  const gap = '[ \\t\\u00a0]+'; // names do not run across lines
  const connector = `(?:${gap}(?:${CONNECTORS.join('|')}))*`;
  const facility = FACILITY_PHRASES.map((f) => f.replace(/ /g, gap)).join('|');
  const run = new RegExp(`${cap}(?:${connector}${gap}${cap})*(?:${gap}(?:${facility}))?`, 'gu');
  for (const m of text.matchAll(run)) {
    let phrase = m[0];
    let from = m.index!;
    // Drop a sentence-initial word that is not part of the name ("The Kimbongsokyong…").
    const words = phrase.split(/\s+/);
    while (words.length > 1 && (STOP.has(words[0]!) || CONNECTORS.includes(words[0]!.toLowerCase()))) {
      const dropped = words.shift()!;
      from = text.indexOf(words[0]!, from + dropped.length);
      phrase = words.join(' ');
    }
    phrase = phrase.replace(/[’']s$/, '');
    if (NOT_NAMES.test(phrase)) continue;
    const to = from + text.slice(from).indexOf(phrase) + phrase.length;
    const typed = typeOfPhrase(phrase);
    if (typed) add(from, to, typed);
    else if (words.length >= 2 && !words.every((w) => STOP.has(w))) add(from, to, 'other');
    else if (words.length === 1 && !STOP.has(phrase) && phrase.length >= 4) {
      // A single capitalised word counts only mid-sentence (not after . ! ? or a line start).
      const before = text.slice(Math.max(0, from - 3), from);
      if (/[\p{L}\p{N},;:]\s+$|[“"(]$/u.test(before)) add(from, to, 'other');
    }
  }
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) add(m.index! + 1, m.index! + 1 + m[1]!.length, 'organization');
  for (const m of text.matchAll(/\p{Script=Hangul}{2,8}/gu)) {
    const word = m[0];
    if (/(?:도|시|군|구|강|산|리|동)$/u.test(word) && word.length <= 5) add(m.index!, m.index! + word.length, 'location');
    else if (/(?:회사|공사|부|성|위원회|당|은행)$/u.test(word) && word.length >= 3) add(m.index!, m.index! + word.length, 'organization');
    else if (word.length >= 2 && word.length <= 4 && KOREAN_SURNAMES.includes(word[0]!)) {
      // Trailing particles are not part of a name: 김여정이 → 김여정.
      const name = word.length === 4 && /[이가은는을를의]$/u.test(word) ? word.slice(0, 3) : word;
      if (name.length === 3) add(m.index!, m.index! + name.length, 'person');
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
