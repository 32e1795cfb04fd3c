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

/** ASCII separators (SEPARATORS' members below U+0080): tab to carriage return, space, - . _ */
const ASCII_SEPARATOR = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0x2e, 0x5f]);

/**
 * The text folded unit by unit as normalizeAlias folds a name. ASCII (most of most articles) is
 * folded by table, which gives the regular expressions' answers without running three of them
 * per character: an article is folded every time its suggestions are asked for.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  /** Whether `folded` ends in a space, so a run of separators folds to one. */
  let spaced = false;
  let i = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // What the character folds to: '' (an apostrophe, dropped), null (a separator) or its units.
    let units: string | null;
    if (code < 0x80) {
      if (code === 0x27 || code === 0x60) units = '';
      else if (ASCII_SEPARATOR.has(code)) units = null;
      else units = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
    } else {
      APOSTROPHES.lastIndex = 0;
      SEPARATORS.lastIndex = 0;
      units = APOSTROPHES.test(ch) ? '' : SEPARATORS.test(ch) ? null : foldLetters(ch);
    }
    if (units === null) {
      if (!spaced) {
        folded += ' ';
        map.push(i);
        spaced = true;
      }
    } else if (units) {
      folded += units;
      for (let k = 0; k < units.length; k++) map.push(i);
      spaced = units.endsWith(' ');
    }
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

/** A target's alias as matched: its index among the targets and its normalised form. */
interface Needle {
  target: number;
  normalized: string;
}

/** Romanised aliases by their first HEAD units; Hangul/Han ones and shorter ones apart. */
interface AliasIndex {
  byHead: Map<string, Needle[]>;
  short: Needle[];
  hangul: Needle[];
}

const HEAD = 3;
const aliasIndexCache = new WeakMap<readonly AliasTarget[], AliasIndex>();

/** The targets' aliases normalised and indexed once per targets array (the backend keeps it per library state). */
function aliasIndexOf(targets: readonly AliasTarget[]): AliasIndex {
  let index = aliasIndexCache.get(targets);
  if (index) return index;
  index = { byHead: new Map(), short: [], hangul: [] };
  targets.forEach((t, target) => {
    const normalized = normalizeAlias(t.alias);
    if (!normalized) return;
    const needle = { target, normalized };
    if (HAN_OR_HANGUL.test(normalized)) index.hangul.push(needle);
    else if (normalized.length < HEAD) index.short.push(needle);
    else {
      const head = normalized.slice(0, HEAD);
      const list = index.byHead.get(head);
      if (list) list.push(needle);
      else index.byHead.set(head, [needle]);
    }
  });
  aliasIndexCache.set(targets, index);
  return index;
}

/**
 * Every occurrence of every target's alias in `text`. Where two aliases overlap (Kim Jong Un inside
 * "Kim Jong Un's"), the longer match wins; one span is reported once per entity.
 * Romanised aliases are found in one pass over the folded text, each position's first units looked
 * up among them, rather than by one search of the whole text per alias (10,000 entities have tens
 * of thousands); the hits are then put in the order that per-alias search gives.
 */
export function findAliasOccurrences(
  text: string,
  targets: readonly AliasTarget[],
  folded: FoldedText = foldText(text),
): AliasOccurrence[] {
  const index = aliasIndexOf(targets);
  const found: { target: number; at: number; from: number; to: number }[] = [];
  for (const { target, normalized } of index.hangul)
    for (const at of occurrencesOf(text, normalized))
      if (koreanNameCanStartAt(text, at, normalized)) found.push({ target, at, from: at, to: at + normalized.length });
  const foundInFolded = ({ target, normalized }: Needle, at: number) => {
    const from = folded.map[at]!;
    const lastUnit = folded.map[at + normalized.length - 1]!;
    const to = lastUnit + String.fromCodePoint(text.codePointAt(lastUnit)!).length;
    // Word boundaries are judged on the article's own text, so "Kim Jong Un’s" still matches.
    const before = text[from - 1];
    const after = text[to];
    if ((before && WORD.test(before)) || (after && WORD.test(after))) return;
    found.push({ target, at, from, to });
  };
  for (const needle of index.short)
    for (const at of occurrencesOf(folded.folded, needle.normalized)) foundInFolded(needle, at);
  if (index.byHead.size) {
    const haystack = folded.folded;
    for (let at = 0; at + HEAD <= haystack.length; at++) {
      const needles = index.byHead.get(haystack.slice(at, at + HEAD));
      if (needles)
        for (const needle of needles) if (haystack.startsWith(needle.normalized, at)) foundInFolded(needle, at);
    }
  }
  found.sort((a, b) => a.target - b.target || a.at - b.at);
  const hits = found.map(({ target, from, to }) => ({
    entityId: targets[target]!.entityId,
    name: targets[target]!.name,
    from,
    to,
  }));
  // Korean and Chinese names also match in every romanisation's spelling (romanisedNameMatching.ts).
  hits.push(...findRomanisedNames(text, targets));
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const overlapping = kept.find(
      (k) => k.entityId !== hit.entityId && k.from <= hit.from && k.to >= hit.to && k.to - k.from > hit.to - hit.from,
    );
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

// Likely new entities live in candidates.ts; re-exported here for the code that imports them from here.
export { findCandidates, type Candidate, type CandidateType } from './candidates';
